// Kept free of imports: the MAIN-world page tap bundles this file and must stay tiny.
export const TAP_SOURCE = 'creator-scout-tap';
/** TikTok API paths whose responses describe creators and their videos. */
export const TAPPED_API = /\/api\/(post\/item_list|user\/detail|search\/user|creator\/item_list)\/?/;
/**
 * Affiliate-center (Seller Center → Affiliate) calls whose request and answer we read: Find creators,
 * a creator's detail sections, target invitations (current and older form) and the affiliate IM.
 */
export const AFFILIATE_API =
  /\/api\/v\d+\/(?:oec\/affiliate\/(?:creator\/marketplace\/(?:ai\/)?(?:find|profile)|seller\/invitation_group\/create|seller\/im\/)|affiliate\/target_plan\/create|im\/)/;
