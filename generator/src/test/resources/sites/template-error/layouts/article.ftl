<#-- A theme template with a mistake on line 3. -->
<p>${item.title}</p>
<p>${item.noSuchField.deeper}</p>
