<#import "_base.ftl" as base>
<@base.layout>
<@base.itemPage item "article"/>
</@base.layout>
