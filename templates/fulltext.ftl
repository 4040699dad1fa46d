<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<#import "permalinks-block.ftl" as pl>
<#import "history-block.ftl" as h>
<#assign v = view?first>
<#assign d = v.doc>
<@l.page v=v title="Toàn văn ${d.shortName}" description="Toàn văn ${d.title}">
<article class="fulltext" aria-labelledby="tieu-de">
  <h1 id="tieu-de">Toàn văn ${d.shortName}</h1>
  <@h.docLastChanged v />
  <@l.headingBlock d=d subjectHtml=(v.extra.citations.subjectHtml)!"" />
  <#list v.sections as s>
  <section class="fulltext__section" aria-labelledby="${s.id}">
    <h${s.level} id="${s.id}"><#if s.heading??>${s.heading}<#else>${s.title}</#if></h${s.level}>
    <p class="fulltext__link"><a href="${s.url}">Trang riêng của ${s.label}</a></p>
    <@h.fullTextSection v s>${s.fullTextHtml?no_esc}</@h.fullTextSection>
  </section>
  </#list>
  <@l.signatureBlock d />
</article>
<@pl.movedAnchors v />
</@l.page>
