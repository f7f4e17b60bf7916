// Kept free of imports: the MAIN-world page tap bundles this file and must stay tiny.
export const TAP_SOURCE = 'creator-scout-tap';
/** TikTok API paths whose responses describe creators and their videos. */
export const TAPPED_API = /\/api\/(post\/item_list|user\/detail|search\/user|creator\/item_list)\/?/;
