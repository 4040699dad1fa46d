<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<#assign v = view?first>
<@l.page v=v title="${v.page.title} - ${v.site.title}" description="Tìm nhanh đoạn văn trong kế hoạch, gõ có dấu hoặc không dấu." module="/js/search-page.js">
<h1 id="tieu-de">${v.page.title}</h1>
<form class="search-page-form" role="search" action="${v.site.searchUrl}" method="get">
  <label for="q">Tìm trong kế hoạch (gõ có dấu hoặc không dấu)</label>
  <input id="q" type="search" name="q" autocomplete="off">
  <button type="submit">Tìm</button>
  <#if v.documents?size gt 1>
  <label for="vb" class="search-page-form__scope">Trong văn bản</label>
  <select id="vb" name="vb">
    <option value="">Tất cả văn bản</option>
    <#list v.documents as d><option value="${d.id}">${d.shortName}</option></#list>
  </select>
  </#if>
</form>
<noscript><p class="notice">Trình duyệt đang tắt JavaScript nên không tìm được ở đây. Bạn có thể mở<#list v.documents as d><#if d.fullTextUrl??> <a href="${d.fullTextUrl}">toàn văn ${d.shortName}</a></#if></#list> và dùng chức năng tìm trong trang của trình duyệt (Ctrl+F).</p></noscript>
<p id="search-status" class="search-status" role="status" aria-live="polite"></p>
<p id="search-retry" class="search-retry" hidden><button type="button">Thử lại</button></p>
<ol id="search-results" class="search-results"></ol>
</@l.page>
