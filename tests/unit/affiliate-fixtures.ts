import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const AFFILIATE_FIXTURES = join(import.meta.dirname, '../fixtures/affiliate');

export function affiliateJson(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(AFFILIATE_FIXTURES, name), 'utf8'));
}

export const HOST = 'https://affiliate.tiktok.com';
export const URLS = {
  find: `${HOST}/api/v1/oec/affiliate/creator/marketplace/find?user_language=en&shop_region=US`,
  aiFind: `${HOST}/api/v1/oec/affiliate/creator/marketplace/ai/find?shop_region=ID`,
  profile: `${HOST}/api/v1/oec/affiliate/creator/marketplace/profile?shop_region=US`,
  invite: `${HOST}/api/v1/oec/affiliate/seller/invitation_group/create?user_language=en&shop_region=US`,
  inviteUk: 'https://affiliate.tiktokglobalshop.com/api/v1/oec/affiliate/seller/invitation_group/create?shop_region=GB',
  targetPlan: `${HOST}/api/v2/affiliate/target_plan/create?shop_region=ID`,
  imSend: `${HOST}/api/v1/oec/affiliate/seller/im/message/send`,
  imGet: `${HOST}/api/v1/im/conversation/get_by_conversation`,
};
