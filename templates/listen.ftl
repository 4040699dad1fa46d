<#ftl output_format="HTML">
<#-- Included by section.ftl: "Nghe", reading the section aloud (assets/js/listen.js adds it only where the device has a Vietnamese voice). -->
<script type="module" src="/js/listen.js"></script>
