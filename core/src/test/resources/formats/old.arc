filedesc://fixture.arc 0.0.0.0 20241120101500 text/plain 68
1 0 Example
URL IP-address Archive-date Content-type Archive-length

http://wire.example.com/2024/11/20/kyiv-drones.html 93.184.216.34 20241120101500 text/html 897
HTTP/1.1 200 OK
Content-Type: text/html

<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ukraine shoots down 56 of 74 Russian drones | Example Wire</title><meta property="og:site_name" content="Example Wire"></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><main><article><h1>Ukraine shoots down 56 of 74 Russian drones</h1><p class="byline">By Olena Harmash</p><p>KYIV, Nov 20 (Reuters) - Ukraine's air defences shot down 56 of 74 drones launched by Russia overnight, the air force said on Wednesday, while debris damaged homes in three districts of the capital.</p><p>"The attack lasted almost five hours," Kyiv mayor Vitali Klitschko said on Telegram, adding that two people were taken to hospital with light injuries and that emergency crews were still working at the scene.</p></article></main><footer>&copy; 2024 Example Wire</footer></body></html>
