import { fixture } from './harness';

/**
 * Pages built from the fixtures for behaviours a saved page cannot show: TikTok's client-side
 * navigation (pushState, DOM swapped, embedded JSON left stale, user detail fetched by the app) and
 * Seller Center paging (rows replaced and appended by script).
 */
export function spaProfilePage(): string {
  const next = `
    <h1 data-e2e="user-title">quietkate</h1><h2 data-e2e="user-subtitle">Kate Quiet</h2>
    <strong data-e2e="following-count">80</strong><strong data-e2e="followers-count">23.4K</strong><strong data-e2e="likes-count">510K</strong>
    <h2 data-e2e="user-bio">Home cafe recipes</h2>`;
  const script = `<script>
    document.getElementById('go').addEventListener('click', async (e) => {
      e.preventDefault();
      history.pushState({}, '', '/@quietkate');
      // The app fetches the new profile, then renders it a moment later.
      await fetch('/api/user/detail/?uniqueId=quietkate').then((r) => r.json());
      setTimeout(() => { document.getElementById('app').innerHTML = ${JSON.stringify(next)}; }, 150);
    });
  </script>`;
  return fixture('tiktok/profile-en.html')
    .replace('<div id="app">', '<a id="go" href="/@quietkate">Kate</a><div id="app">')
    .replace('</body>', `${script}</body>`);
}

/** A product page whose link navigates client-side to another product, rendered a moment later. */
export function spaProductPage(): string {
  const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'Product', name: 'Overnight Lip Mask 20g', productID: '1729384756100000099', offers: { '@type': 'Offer', price: '12.50', priceCurrency: 'USD' } });
  const next = `<div class="pdp-container"><script type="application/ld+json">${ld}</script>
    <h1 class="index-title--AnTxK">Overnight Lip Mask 20g</h1><div class="index-price--Qyl9C"><span>$12.50</span></div></div>`;
  const script = `<script>
    document.getElementById('go').addEventListener('click', (e) => {
      e.preventDefault();
      history.pushState({}, '', '/shop/pdp/overnight-lip-mask/1729384756100000099');
      setTimeout(() => { document.getElementById('root').innerHTML = ${JSON.stringify(next).replaceAll('</', '<\\/')}; }, 700);
    });
  </script>`;
  return fixture('tiktok/product-en.html')
    .replace('<div id="root">', '<a id="go" href="/shop/pdp/overnight-lip-mask/1729384756100000099">Lip mask</a><div id="root">')
    .replace('</body>', `${script}</body>`);
}

export function userDetailJson(): string {
  return JSON.stringify({
    statusCode: 0,
    userInfo: {
      user: { id: '6801234567890999999', uniqueId: 'quietkate', nickname: 'Kate Quiet', signature: 'Home cafe recipes', verified: false, ttSeller: false },
      stats: { followerCount: 23400, followingCount: 80, heartCount: 510000, videoCount: 44 },
    },
  });
}

function row(i: number): string {
  return `<tr class="arco-table-tr"><td class="arco-table-td"><div class="creator-info-card"><div class="creator-info-name">
    <span class="text-body-m-medium">Creator P${i}</span><span class="text-body-s-regular">@paged_${i}</span></div>
    <div class="creator-info-category"><span class="arco-tag">Beauty</span></div></div></td>
    <td class="arco-table-td"><span>${10 + i}.5K</span></td><td class="arco-table-td"><span>$100-$1K</span></td>
    <td class="arco-table-td"><span>1.${i % 10}K</span></td><td class="arco-table-td"><span>${3 + i}K</span></td>
    <td class="arco-table-td"><span>${(i % 9) + 1}.2%</span></td><td class="arco-table-td"><button>Invite</button></td></tr>`;
}

/** The marketplace fixture with "Next page" (rows replaced) and "Load more" (rows appended) buttons. */
export function pagedMarketplacePage(): string {
  const script = `<script>
    const rowHtml = ${row.toString()};
    let page = 0;
    document.getElementById('next').onclick = () => {
      page++;
      document.querySelector('tbody').innerHTML = Array.from({ length: 20 }, (_, i) => rowHtml(page * 100 + i)).join('');
    };
    document.getElementById('more').onclick = (e) => {
      const n = Number(e.target.dataset.count || 100);
      const start = 5000 + document.querySelectorAll('tbody tr').length;
      document.querySelector('tbody').insertAdjacentHTML('beforeend', Array.from({ length: n }, (_, i) => rowHtml(start + i)).join(''));
    };
  </script>`;
  return fixture('tiktok/marketplace-en.html')
    .replace('<h1>Find creators</h1>', '<h1>Find creators</h1><button id="next">Next page</button><button id="more">Load more</button>')
    .replace('</body>', `${script}</body>`);
}
