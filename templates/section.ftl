<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<#import "history-block.ftl" as h>
<#assign v = view?first>
<#assign s = v.section>
<@l.page v=v title="${s.name} - ${v.doc.shortName}" description="${s.citation}">
<article class="section" aria-labelledby="tieu-de">
  <header class="section__header">
    <#if s.heading??><p class="section__label">${s.label}</p></#if>
    <h1 id="tieu-de"><#if s.heading??>${s.heading}<#else>${s.title}</#if></h1>
  </header>
  <@h.lastChanged v />
  <#if v.isFirst><@l.headingBlock d=v.doc subjectHtml=(v.extra.citations.subjectHtml)!"" /></#if>
  <@h.officialText v>${content.body?no_esc}</@h.officialText>
  <#if v.children?has_content>
  <nav class="children" aria-labelledby="children-title">
    <h2 id="children-title">Nội dung của ${s.label}</h2>
    <ul>
    <#list v.children as c>
      <li><a href="${c.url}">${c.name}</a></li>
    </#list>
    </ul>
  </nav>
  </#if>
  <#if v.isLast><@l.signatureBlock v.doc /></#if>
  <#import "updates-lib.ftl" as up><@up.related v />
  <aside class="citation" aria-labelledby="trich-dan-title">
    <h2 id="trich-dan-title">Trích dẫn</h2>
    <p class="citation__text">${s.citation}.</p>
    <p class="citation__url">Địa chỉ: <a href="${s.url}">${v.site.baseUrl}${s.url}</a></p>
  </aside>
  <#include "qr-print.ftl">
  <#include "share.ftl">
  <#include "listen.ftl">
</article>
<nav class="pager" aria-label="Chuyển phần">
  <#if v.prev??><a class="pager__prev" rel="prev" href="${v.prev.url}"><span class="pager__dir">Phần trước</span> <span class="pager__name">${v.prev.name}</span></a></#if>
  <#if v.next??><a class="pager__next" rel="next" href="${v.next.url}"><span class="pager__dir">Phần sau</span> <span class="pager__name">${v.next.name}</span></a></#if>
</nav>
</@l.page>
