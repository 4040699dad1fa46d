<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<#assign v = view?first>
<#assign s = v.section>
<#assign hh = v.extra.history>
<#assign ver = hh.version>
<@l.page v=v title="${s.label} (bản áp dụng từ ${ver.from}, không còn hiệu lực) - ${v.doc.shortName}" description="Bản cũ của ${s.label}, ${v.doc.shortName}, áp dụng từ ${ver.from} đến ${ver.until}">
<article class="section section--old" aria-labelledby="tieu-de">
  <div class="old-version" role="note">
    <p><strong>Văn bản này không còn hiệu lực.</strong> Đây là ${s.label} theo bản áp dụng từ ngày <time datetime="${ver.fromIso}">${ver.from}</time> đến ngày <time datetime="${ver.untilIso}">${ver.until}</time>, khi bị <a href="${ver.endedByUrl}">${ver.endedBy}</a>.</p>
    <p><#if hh.abolished??>Phần này đã bị bãi bỏ: <a href="${ver.currentUrl}">xem thông báo bãi bỏ</a><#else><a href="${ver.currentUrl}">Xem văn bản hiện hành</a></#if> · <a href="${hh.historyUrl}">Lịch sử thay đổi</a></p>
  </div>
  <header class="section__header">
    <#if s.heading??><p class="section__label">${s.label}</p></#if>
    <h1 id="tieu-de"><#if s.heading??>${s.heading}<#else>${s.title}</#if></h1>
  </header>
  <div class="official-text">
  ${content.body?no_esc}
  </div>
</article>
</@l.page>
