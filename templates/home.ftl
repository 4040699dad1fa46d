<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<#import "updates-lib.ftl" as up>
<#assign v = view?first>
<@l.page v=v title="${v.site.title}" description="${v.site.description}">
<h1 id="tieu-de">${v.site.title}</h1>
<p class="lead">${v.site.description}</p>
<@up.latest v />
<#if v.documents?size gt 1>
<section class="documents" aria-labelledby="van-ban-title">
  <h2 id="van-ban-title">Các văn bản</h2>
  <ol class="document-list">
  <#list v.documents as d>
    <li class="document-list__item">
      <h3 class="document-list__title" id="doc-${d.id}"><a href="${d.url}">${d.title}</a></h3>
      <p class="document-list__meta">${d.loai_van_ban} số ${d.so_hieu}, ngày ban hành <span class="document-list__date">${d.ngay_ban_hanh}</span></p>
    </li>
  </#list>
  </ol>
</section>
<#else>
<#list v.documents as d>
<section class="cover" aria-labelledby="doc-${d.id}">
  <h2 id="doc-${d.id}">${d.title}</h2>
  <@l.metaTable d />
  <@l.coverActions d><a class="button button--secondary" href="${d.url}">Trang văn bản</a></@l.coverActions>
  <h3 id="muc-luc-${d.id}">Mục lục</h3>
  <@l.tocList d.toc />
</section>
</#list>
</#if>
</@l.page>
