/** What the popup says on a tab where ZhuDu does not run. */
export function NotSupported() {
  return (
    <p class="notice" data-testid="not-supported" role="status">
      ZhuDu works on Zhuzhou news pages: www.zznews.gov.cn and the 株洲日报 e-paper at zzrb.zznews.gov.cn. This tab is not
      one of them. If it is, reload the page.
    </p>
  );
}
