<#ftl output_format="HTML">
<#-- A printable A4 poster of one section (posters.Posters): official heading, first paragraph verbatim, QR code,
     address. Nothing else is written on it. -->
<#import "layout.ftl" as l>
<#assign v = view?first>
<#assign p = v.extra.poster>
<@l.page v=v title="${v.page.title} - ${v.doc.shortName}" description="${v.section.citation}">
<article class="poster" aria-labelledby="tieu-de">
  <p class="poster__doc">${v.doc.citation}</p>
  <h1 id="tieu-de">${p.heading}</h1>
  <#if p.firstParagraph??><p class="poster__text">${p.firstParagraph}</p></#if>
  <figure class="poster__qr">${p.svg?no_esc}<figcaption>${p.url}</figcaption></figure>
</article>
</@l.page>
