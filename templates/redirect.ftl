<#ftl output_format="HTML">
<#-- A page at the old URL of a moved page: sends the reader to the new URL, keeping the #anchor. -->
<#import "layout.ftl" as l>
<#assign v = view?first>
<#assign r = v.extra.permalinks>
<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<@l.policies />
<meta name="robots" content="noindex">
<title>${v.page.title} - ${v.site.title}</title>
<link rel="canonical" href="${v.site.baseUrl}${r.to}">
<link rel="stylesheet" href="/css/site.css">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<#-- With JavaScript the script goes on at once, with the #anchor; without it, the refresh (which drops it). -->
<script src="/js/redirect.js" data-to="${r.to}"></script>
<noscript><meta http-equiv="refresh" content="0; url=${r.to}"></noscript>
</head>
<body>
<main id="noi-dung" class="redirect">
<h1 id="tieu-de">Trang đã chuyển địa chỉ</h1>
<p>${r.label} nay ở địa chỉ mới:</p>
<p><a class="redirect__link" href="${r.to}">${v.site.baseUrl}${r.to}</a></p>
<p>Nếu bạn đã lưu hoặc trích dẫn địa chỉ cũ, xin dùng địa chỉ mới ở trên.</p>
</main>
</body>
</html>
