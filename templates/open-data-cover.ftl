<#ftl output_format="HTML">
<#-- Included by document.ftl: the plan as open JSON and its schema (export.OpenJson). -->
<#if v.extra.openData??>
<p class="cover__open-data">Dữ liệu mở: <a href="${v.extra.openData.url}">toàn văn dạng JSON</a> (<a href="${v.extra.openData.schemaUrl}">lược đồ JSON Schema</a>).</p>
</#if>
