<#ftl output_format="HTML">
<#-- A plan's "Văn bản được dẫn chiếu" page: one entry per cited document (citations.CitationPages). -->
<#import "layout.ftl" as l>
<#assign v = view?first>
<#assign c = v.extra.citations>
<@l.page v=v title="Văn bản được dẫn chiếu - ${v.doc.shortName}" description="Các văn bản mà ${v.doc.citation} dẫn chiếu, và các đoạn dẫn chiếu từng văn bản.">
<article class="cited-index" aria-labelledby="tieu-de">
  <h1 id="tieu-de">Văn bản được dẫn chiếu</h1>
  <p>${v.doc.citation} dẫn chiếu ${c.documents?size} văn bản. Mỗi mục ghi số, ký hiệu, loại, ngày và cơ quan ban hành như kế hoạch ghi, rồi liệt kê mọi đoạn của kế hoạch dẫn chiếu văn bản đó.</p>
  <#list c.documents as d>
  <section class="cited" id="${d.id}" aria-labelledby="${d.id}-ten">
    <h2 id="${d.id}-ten">${d.title}</h2>
    <dl class="cited__meta">
      <dt>Số, ký hiệu</dt><dd>${d.number}</dd>
      <dt>Loại văn bản</dt><dd>${d.kind}</dd>
      <#if d.date??><dt>Ngày ban hành</dt><dd>${d.date}</dd></#if>
      <#if d.body??><dt>Cơ quan ban hành</dt><dd>${d.body}</dd></#if>
      <#if d.term??><dt>Khóa (như kế hoạch ghi)</dt><dd>${d.term}</dd></#if>
      <dt>Cách ghi trong kế hoạch</dt>
      <#list d.asCited as a><dd><q>${a}</q></dd></#list>
      <#if d.officialUrl??><dt>Văn bản gốc</dt><dd><a href="${d.officialUrl}">${d.officialUrl}</a></dd></#if>
    </dl>
    <h3>Được dẫn chiếu tại ${d.citing?size} đoạn</h3>
    <ul class="cited__places">
    <#list d.citing as p>
      <li><a href="${p.url}">${p.label}</a></li>
    </#list>
    </ul>
  </section>
  </#list>
</article>
</@l.page>
