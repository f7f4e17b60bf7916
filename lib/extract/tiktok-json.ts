/**
 * The parts of TikTok's own JSON we read (embedded on first load, and the API responses the page tap
 * copies). Every field is optional and unknown fields pass: TikTok adds and drops fields without notice,
 * and one odd field must not cost us the rest.
 *
 * Read with a few lines of plain checks rather than zod: the content scripts run this on TikTok's main
 * thread and carry no schema library (DESIGN §9, bundle.content_gzip_kb). Everything the content script
 * extracts is validated with zod again when it reaches the background (lib/messaging/protocol-frames.ts).
 */
type Parsed<T> = { success: true; data: T } | { success: false; data?: undefined };
export interface Reader<T> {
  safeParse(raw: unknown): Parsed<T>;
}

type Field = 'num' | 'str' | 'bool' | 'list' | { optional: Reader<unknown> } | { required: Reader<unknown> };
type Out<F> = F extends 'num'
  ? number | string | undefined
  : F extends 'str'
    ? string | undefined
    : F extends 'bool'
      ? boolean | undefined
      : F extends 'list'
        ? unknown[] | undefined
        : F extends { optional: Reader<infer T> }
          ? T | undefined
          : F extends { required: Reader<infer T> }
            ? T
            : never;
type Shape = Record<string, Field>;
type Of<S extends Shape> = { [K in keyof S]: Out<S[K]> } & Record<string, unknown>;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function field(f: Field, v: unknown): { ok: boolean; value: unknown } {
  if (f === 'num') return { ok: true, value: typeof v === 'number' || typeof v === 'string' ? v : undefined };
  if (f === 'str') return { ok: true, value: typeof v === 'string' ? v : undefined };
  if (f === 'bool') return { ok: true, value: typeof v === 'boolean' ? v : undefined };
  if (f === 'list') return { ok: true, value: Array.isArray(v) ? v : undefined };
  if ('optional' in f) return { ok: true, value: f.optional.safeParse(v).data };
  const r = f.required.safeParse(v);
  return { ok: r.success, value: r.data };
}

/** An object whose listed fields are kept when of the right type and dropped (undefined) otherwise. */
function looseObject<S extends Shape>(shape: S): Reader<Of<S>> {
  return {
    safeParse(raw) {
      if (!isObject(raw)) return { success: false };
      const out: Record<string, unknown> = { ...raw };
      for (const [k, f] of Object.entries(shape)) {
        const r = field(f, raw[k]);
        if (!r.ok) return { success: false };
        out[k] = r.value;
      }
      return { success: true, data: out as Of<S> };
    },
  };
}

export const TtStats = looseObject({ followerCount: 'num', followingCount: 'num', heart: 'num', heartCount: 'num', videoCount: 'num' });
export type TtStats = NonNullable<ReturnType<typeof TtStats.safeParse>['data']>;

export const TtUser = looseObject({
  id: 'str',
  uniqueId: 'str',
  nickname: 'str',
  signature: 'str',
  verified: 'bool',
  avatarLarger: 'str',
  avatarMedium: 'str',
  avatarThumb: 'str',
  region: 'str',
  privateAccount: 'bool',
  secret: 'bool',
  ttSeller: 'bool',
  bioLink: { optional: looseObject({ link: 'str' }) },
  commerceUserInfo: { optional: looseObject({ commerceUser: 'bool', category: 'str' }) },
});
export type TtUser = NonNullable<ReturnType<typeof TtUser.safeParse>['data']>;

export const TtUserInfo = looseObject({ user: { required: TtUser }, stats: { optional: TtStats }, statsV2: { optional: TtStats }, itemList: 'list' });

/** `/api/post/item_list/` and similar: a page of a profile's videos. */
export const TtItemListResponse = looseObject({ itemList: 'list', hasMore: 'bool', cursor: 'num', statusCode: 'num' });

/** `/api/user/detail/`: the same `userInfo` the profile embeds. */
export const TtUserDetailResponse = looseObject({ userInfo: { required: TtUserInfo }, statusCode: 'num' });
