<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<#assign v = view?first>
<@l.page v=v title="${v.page.title} - ${v.site.title}" description="Địa chỉ này không có trên trang. Hãy về trang chủ hoặc tìm trong kế hoạch." robots="noindex">
<h1 id="tieu-de">${v.page.title}</h1>
<div class="official-text">${content.body?no_esc}</div>
<p><a href="/">Về trang chủ</a> hoặc <a href="${v.site.searchUrl}">tìm trong kế hoạch</a>.</p>
</@l.page>
