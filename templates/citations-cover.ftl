<#ftl output_format="HTML">
<#-- Included by document.ftl: the way from a plan's cover to the documents it cites. -->
<#if v.extra.citations??>
<p class="cover__cited"><a href="${v.extra.citations.pageUrl}">Văn bản được dẫn chiếu</a> (${v.extra.citations.count} văn bản)</p>
</#if>
