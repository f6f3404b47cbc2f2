<#import "_base.ftl" as base>
<@base.layout>
<h1>${channel.title}</h1>
<#if channel.feedUrl??><p class="feed-link"><a href="${channel.feedUrl}">${channel.title} feed</a></p></#if>
<@base.summaries list.items/>
<@base.pagination list.pagination/>
</@base.layout>
