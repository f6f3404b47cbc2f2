<#import "_base.ftl" as base>
<@base.layout>
<h1>Latest articles</h1>
<#if list.pagination.current == 1 && site.description?has_content>
<p class="lead">${site.description}</p>
</#if>
<@base.summaries list.items/>
<@base.pagination list.pagination/>
</@base.layout>
