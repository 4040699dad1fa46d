<#ftl output_format="HTML">
<#-- Included by section.ftl: the section's QR code and address on its printout, and its A4 poster (posters.Posters). -->
<#if v.extra.qr??>
<figure class="print-only print-qr">${v.extra.qr.svg?no_esc}<figcaption>${v.extra.qr.url}</figcaption></figure>
<p class="poster-link"><a href="${v.extra.qr.posterUrl}">Áp phích A4 của phần này (in ra giấy)</a></p>
</#if>
