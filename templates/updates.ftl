<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<#import "updates-lib.ftl" as up>
<#assign v = view?first>
<#assign list = v.extra.updates>
<@l.page v=v title="${v.page.title} - ${v.site.title}" description="Tin về việc triển khai thực hiện kế hoạch, mới nhất trước.">
<h1 id="tieu-de">${v.page.title}</h1>
<#if list.items?has_content>
<p class="lead">Tin về việc triển khai thực hiện kế hoạch, mới nhất trước.<#if list.pageCount gt 1> Trang ${list.page} trên ${list.pageCount}.</#if></p>
<@up.list list.items 2 true />
<#else>
<p class="lead">Chưa có tin cập nhật triển khai nào.</p>
</#if>
<#if list.pageCount gt 1>
<nav class="pagination" aria-label="Các trang tin cập nhật">
  <ul>
    <#if list.prevUrl??><li><a rel="prev" href="${list.prevUrl}">Trang trước</a></li></#if>
    <#list list.pages as p>
    <li><#if p.current><a href="${p.url}" aria-current="page"><span class="visually-hidden">Trang </span>${p.number}</a><#else><a href="${p.url}"><span class="visually-hidden">Trang </span>${p.number}</a></#if></li>
    </#list>
    <#if list.nextUrl??><li><a rel="next" href="${list.nextUrl}">Trang sau</a></li></#if>
  </ul>
</nav>
</#if>
</@l.page>
