<#ftl output_format="HTML">
<#-- Included by section.ftl: share the section (assets/js/share.js adds the button; without JS, a plain link). -->
<div class="share" data-title="${s.name} - ${v.doc.shortName}" data-citation="${s.citation}.">
  <p class="share__text">Chia sẻ phần này: <a class="share__link" href="${s.url}">${v.site.baseUrl}${s.url}</a></p>
</div>
<script type="module" src="/js/share.js"></script>
