<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<#assign v = view?first>
<@l.page v=v title="${v.site.title}" description="${v.site.description}">
<h1 id="tieu-de">${v.site.title}</h1>
<p class="lead">${v.site.description}</p>
<#list v.documents as d>
<section class="cover" aria-labelledby="doc-${d.id}">
  <h2 id="doc-${d.id}">${d.title}</h2>
  <@l.metaTable d />
  <@l.coverActions d><a class="button button--secondary" href="${d.url}">Trang văn bản</a></@l.coverActions>
  <h3 id="muc-luc-${d.id}">Mục lục</h3>
  <@l.tocList d.toc />
</section>
</#list>
</@l.page>
