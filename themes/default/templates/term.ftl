<#import "_base.ftl" as base>
<@base.layout>
<h1>${term.name}</h1>
<@base.summaries list.items/>
<@base.pagination list.pagination/>
</@base.layout>
