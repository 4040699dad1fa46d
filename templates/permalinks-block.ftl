<#ftl output_format="HTML">
<#-- On a page whose anchors changed because a section moved (the full-text page): js/redirect.js maps an
     old #anchor to its new id. data-moved lists "oldId:newId" pairs of the moved sections. -->
<#macro movedAnchors v>
<#if (v.extra.permalinks.movedIds)??>
<script src="/js/redirect.js" data-moved="${v.extra.permalinks.movedIds}"></script>
</#if>
</#macro>
