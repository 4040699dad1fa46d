<#ftl output_format="HTML">
<#-- Included in layout.ftl's head: machine-readable descriptions of the page (issue 8). The JSON-LD string is
     escaped for a script element by structured.JsonText; a data block is not executed, so the CSP allows it. -->
<#if v.extra.jsonLd??><script type="application/ld+json">${v.extra.jsonLd?no_esc}</script></#if>
<#if v.extra.openData??><link rel="alternate" type="application/json" href="${v.extra.openData.url}" title="Toàn văn dạng JSON"></#if>
