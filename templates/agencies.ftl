<#ftl output_format="HTML">
<#-- Every lead agency named by a task-assignment appendix (appendices.Agencies). -->
<#import "layout.ftl" as l>
<#assign v = view?first>
<@l.page v=v title="${v.page.title}" description="Danh sách cơ quan chủ trì nhiệm vụ theo các phụ lục phân công.">
<article class="agencies" aria-labelledby="tieu-de">
  <h1 id="tieu-de">${v.page.title}</h1>
  <p>Các cơ quan được giao chủ trì nhiệm vụ trong phụ lục phân công của các văn bản trên trang này.</p>
  <ul class="agency-list">
  <#list v.extra.agency.agencies as g>
    <li><a href="${g.url}">${g.name}</a> (${g.count} nhiệm vụ)</li>
  </#list>
  </ul>
</article>
</@l.page>
