<#ftl output_format="HTML">
<#-- Included by document.ftl: the appendices published as tables (appendices.Appendices). -->
<#if (v.extra.appendices.items)?has_content>
<section class="appendices" aria-labelledby="cac-phu-luc-title">
  <h2 id="cac-phu-luc-title">Phụ lục dạng bảng</h2>
  <#list v.extra.appendices.items as a>
  <p><a href="${a.url}">${a.title}</a> (${a.rows} hàng)</p>
  </#list>
</section>
</#if>
