<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<#import "history-block.ftl" as h>
<#assign v = view?first>
<#assign d = v.doc>
<@l.page v=v title="${d.shortName} - ${d.title}" description="${d.title}">
<article class="cover" aria-labelledby="tieu-de">
  <h1 id="tieu-de">${d.title}</h1>
  <@l.metaTable d />
  <@h.docLastChanged v />
  <@l.coverActions d />
  <@l.appendicesNotice d />
  <#include "originals-cover.ftl">
  <#include "appendices-cover.ftl">
  <p>Dành cho người dùng lại dữ liệu: <a href="${d.xmlUrl}">tải toàn văn dạng XML (chuẩn Akoma Ntoso 3.0)</a>.</p>
  <#include "citations-cover.ftl">
  <#include "open-data-cover.ftl">
</article>
</@l.page>
