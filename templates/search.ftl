<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<#assign v = view?first>
<@l.page v=v title="${v.page.title} - ${v.site.title}" description="Tìm nhanh đoạn văn trong kế hoạch, gõ có dấu hoặc không dấu." module="/js/search-page.js">
<h1 id="tieu-de">${v.page.title}</h1>
<form class="search-page-form" role="search" action="${v.site.searchUrl}" method="get">
  <label for="q">Tìm trong kế hoạch (gõ có dấu hoặc không dấu)</label>
  <input id="q" type="search" name="q" autocomplete="off">
  <button type="submit">Tìm</button>
</form>
<noscript><p class="notice">Trình duyệt đang tắt JavaScript nên không tìm được ở đây. Bạn có thể mở<#list v.documents as d><#if d.fullTextUrl??> <a href="${d.fullTextUrl}">toàn văn ${d.shortName}</a></#if></#list> và dùng chức năng tìm trong trang của trình duyệt (Ctrl+F).</p></noscript>
<p id="search-status" class="search-status" role="status" aria-live="polite"></p>
<ol id="search-results" class="search-results"></ol>
</@l.page>
