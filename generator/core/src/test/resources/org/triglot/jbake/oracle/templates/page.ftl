<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${content.title}</title></head>
<body>
<h1 class="title">${content.title}</h1>
<p class="date">${content.date?string("yyyy-MM-dd")}</p>
<div class="body">${content.body}</div>
<ul class="tags"><#list content.tags as tag><li>${tag}</li></#list></ul>
</body></html>
