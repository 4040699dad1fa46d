<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<#import "history-block.ftl" as h>
<#assign v = view?first>
<#assign s = v.section>
<#assign hh = v.extra.history>
<@l.page v=v title="Lịch sử thay đổi ${s.label} - ${v.doc.shortName}" description="Các lần thay đổi ${s.label}, ${v.doc.shortName}">
<article class="history" aria-labelledby="tieu-de">
  <header class="section__header">
    <p class="section__label"><a href="${s.url}">${s.name}</a></p>
    <h1 id="tieu-de">Lịch sử thay đổi ${s.label}</h1>
  </header>
  <p class="last-changed">Cập nhật lần cuối: <time datetime="${hh.lastChangedIso}">${hh.lastChanged}</time> · <a href="${s.url}">Văn bản hiện hành</a></p>
  <#if hh.abolished??><@h.abolishedNotice hh.abolished /></#if>
  <#if hh.unavailable??>
  <p class="notice">Không có bản so sánh chữ giữa các lần thay đổi vì ${hh.unavailable}. Danh sách dưới đây lấy từ hồ sơ thay đổi của văn bản.</p>
  </#if>
  <#if hh.entries?has_content>
  <p class="diff-legend">Trong mỗi bản so sánh, <del>chữ gạch ngang</del> là chữ bị bỏ, <ins>chữ gạch chân</ins> là chữ thêm vào; ¶ là chỗ ngắt đoạn.</p>
  <ol class="changes" reversed>
  <#list hh.entries as e>
    <li class="change" id="${e.anchor}">
      <h2 class="change__title"><time datetime="${e.isoDate}">${e.date}</time>: ${e.kindLabel?cap_first}</h2>
      <dl class="change__meta">
        <dt>Loại thay đổi</dt><dd>${e.kindLabel?cap_first}</dd>
        <#if e.basis??><dt>Căn cứ</dt><dd>${e.basis}</dd></#if>
        <#if e.note??><dt>Ghi chú</dt><dd>${e.note}</dd></#if>
      </dl>
      <#if e.diffHtml??>
      <h3 class="change__diff-title">Thay đổi trong văn bản</h3>
      <#if e.diffNote??><p class="change__nodiff">${e.diffNote}</p></#if>
      ${e.diffHtml?no_esc}
      <#elseif e.noDiff??>
      <p class="change__nodiff">${e.noDiff}</p>
      </#if>
      <#if e.beforeUrl??><p><a href="${e.beforeUrl}">Văn bản trước lần thay đổi này (áp dụng từ ${e.beforeFrom})</a></p></#if>
    </li>
  </#list>
  </ol>
  <#else>
  <p>Chưa có thay đổi nào kể từ khi văn bản được ban hành ngày ${hh.issueDate}.</p>
  </#if>
  <p class="history__origin">Văn bản gốc ban hành ngày ${hh.issueDate}<#if hh.original??>: <a href="${hh.original}">đọc bản gốc</a></#if>.</p>
</article>
</@l.page>
