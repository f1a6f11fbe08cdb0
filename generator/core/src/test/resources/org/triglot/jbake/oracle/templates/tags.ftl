<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${tag}</title></head>
<body><h1 class="tag">${tag}</h1><ul class="posts"><#list tag_posts as post><li>${post.title}</li></#list></ul></body></html>
