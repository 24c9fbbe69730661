#!/usr/bin/env python3
"""Writes the input-format fixtures of core/src/test/resources: formats/ (a WARC with HTML, redirect, image, 404,
revisit, metadata and resource records; an ARC; RSS 2.0 and Atom feeds with items whose links name saved pages;
JSONL; Markdown with YAML front matter; a plain-text page dump) and bad-inputs/ (an entity-expansion feed, an XXE
feed, an RSS 0.91 feed with its public DOCTYPE, a PNG named .html, a WARC cut inside its first record).
All texts are made up for these tests (no third-party content). Deterministic: re-running gives the same bytes."""
import os
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'core', 'src', 'test', 'resources'))
import gzip, io, os, uuid, json
os.makedirs('formats/feeds', exist_ok=True); os.makedirs('formats/notes/2024', exist_ok=True); os.makedirs('formats/dumps', exist_ok=True); os.makedirs('formats/saved', exist_ok=True)

P1 = ("KYIV, Nov 20 (Reuters) - Ukraine's air defences shot down 56 of 74 drones launched by Russia overnight, "
      "the air force said on Wednesday, while debris damaged homes in three districts of the capital.")
P2 = ("\"The attack lasted almost five hours,\" Kyiv mayor Vitali Klitschko said on Telegram, adding that two people "
      "were taken to hospital with light injuries and that emergency crews were still working at the scene.")
P3 = ("Russia's defence ministry said its forces had struck energy and military infrastructure. It did not comment "
      "on the damage in Kyiv, and Reuters could not independently verify the battlefield reports of either side.")

def page(title, paras, lang='en', charset='utf-8', extra_head='', byline='Olena Harmash'):
    body = ''.join('<p>%s</p>' % p for p in paras)
    return ('<!doctype html><html lang="%s"><head><meta charset="%s"><title>%s | Example Wire</title>'
            '<meta property="og:site_name" content="Example Wire">%s</head><body>'
            '<nav><a href="/">Home</a> <a href="/world">World</a></nav><main><article><h1>%s</h1>'
            '<p class="byline">By %s</p>%s</article></main>'
            '<footer>&copy; 2024 Example Wire</footer></body></html>') % (lang, charset, title, extra_head, title, byline, body)

UK_T = "Київ: сили ППО збили 56 із 74 дронів"
UK = ["КИЇВ, 20 листопада — Сили протиповітряної оборони збили 56 із 74 ударних дронів, якими Росія атакувала Україну вночі, повідомили в Повітряних силах у середу.",
      "Уламки пошкодили житлові будинки у трьох районах столиці, двоє людей отримали легкі травми, сказав міський голова Віталій Кличко.",
      "Міністерство оборони Росії заявило, що його війська вдарили по енергетичній і військовій інфраструктурі України."]

def http(status, headers, body):
    lines = ['HTTP/1.1 %s' % status] + ['%s: %s' % kv for kv in headers]
    return ('\r\n'.join(lines) + '\r\n\r\n').encode('latin-1') + body

def record(wtype, uri, block, ctype, date='2024-11-20T10:15:00Z', extra=()):
    h = ['WARC/1.1', 'WARC-Type: ' + wtype, 'WARC-Record-ID: <urn:uuid:%s>' % uuid.uuid5(uuid.NAMESPACE_URL, wtype + str(uri) + str(len(block))),
         'WARC-Date: ' + date]
    if uri: h.append('WARC-Target-URI: ' + uri)
    h += list(extra) + ['Content-Type: ' + ctype, 'Content-Length: %d' % len(block)]
    raw = ('\r\n'.join(h) + '\r\n\r\n').encode('utf-8') + block + b'\r\n\r\n'
    return gzip.compress(raw, mtime=0)

recs = []
recs.append(record('warcinfo', None, b'software: hand-made fixture\r\nformat: WARC File Format 1.1\r\n', 'application/warc-fields'))
recs.append(record('request', 'https://wire.example.com/world/2024/11/20/kyiv-drones/', b'GET /world/2024/11/20/kyiv-drones/ HTTP/1.1\r\nHost: wire.example.com\r\n\r\n', 'application/http;msgtype=request'))
en = page("Ukraine shoots down 56 of 74 Russian drones", [P1, P2, P3],
          extra_head='<meta property="article:published_time" content="2024-11-20T09:01:00+02:00">').encode('utf-8')
recs.append(record('response', 'https://wire.example.com/world/2024/11/20/kyiv-drones/', http('200 OK', [('Content-Type', 'text/html; charset=utf-8'), ('Content-Length', str(len(en)))], en), 'application/http;msgtype=response'))
# a windows-1251 page whose header names the charset, meta says nothing
uk = page(UK_T, UK, lang='uk', charset='windows-1251').encode('cp1251')
recs.append(record('response', 'https://novyny.example.ua/kyiv/2024/11/20/drony', http('200 OK', [('Content-Type', 'text/html; charset=windows-1251')], uk), 'application/http;msgtype=response'))
# gzip content-encoding, chunked
gz = gzip.compress(page("Drone debris damages homes in Kyiv", [P1, P3]).encode('utf-8'), mtime=0)
chunked = b'%x\r\n' % len(gz) + gz + b'\r\n0\r\n\r\n'
recs.append(record('response', 'https://daily.example.net/2024/11/20/debris', http('200 OK', [('Content-Type', 'text/html'), ('Content-Encoding', 'gzip'), ('Transfer-Encoding', 'chunked')], chunked), 'application/http;msgtype=response'))
recs.append(record('response', 'https://wire.example.com/old-url', http('301 Moved Permanently', [('Location', 'https://wire.example.com/world/2024/11/20/kyiv-drones/'), ('Content-Length', '0')], b''), 'application/http;msgtype=response'))
recs.append(record('response', 'https://wire.example.com/img/drone.jpg', http('200 OK', [('Content-Type', 'image/jpeg')], b'\xff\xd8\xff\xe0' + bytes(range(256)) * 4), 'application/http;msgtype=response'))
recs.append(record('response', 'https://wire.example.com/missing', http('404 Not Found', [('Content-Type', 'text/html')], b'<html><body><h1>Not found</h1></body></html>'), 'application/http;msgtype=response'))
recs.append(record('revisit', 'https://wire.example.com/world/2024/11/20/kyiv-drones/', http('200 OK', [('Content-Type', 'text/html')], b''), 'application/http;msgtype=response', extra=('WARC-Profile: http://netpreserve.org/warc/1.1/revisit/identical-payload-digest',)))
recs.append(record('metadata', 'https://wire.example.com/world/2024/11/20/kyiv-drones/', b'outlinks: https://wire.example.com/world\r\n', 'application/warc-fields'))
recs.append(record('resource', 'file:///archive/saved/kyiv-briefing.html', page("Kyiv briefing: what we know", [P2, P3]).encode('utf-8'), 'text/html'))
# the page a feed item links to, captured in the same crawl: in one batch it takes the item's place
energy = page("Moscow says it struck Ukraine's energy targets", [P3, P1], byline='Guy Faulconbridge').encode('utf-8')
recs.append(record('response', 'https://wire.example.com/world/2024/11/20/moscow-energy', http('200 OK', [('Content-Type', 'text/html; charset=utf-8')], energy), 'application/http;msgtype=response'))
open('formats/crawl.warc.gz', 'wb').write(b''.join(recs))

# ARC v1
def arc(records):
    out = io.BytesIO()
    hdr_body = b'1 0 Example\nURL IP-address Archive-date Content-type Archive-length\n'
    first = 'filedesc://fixture.arc 0.0.0.0 20241120101500 text/plain %d\n' % len(hdr_body)
    out.write(first.encode() + hdr_body + b'\n')
    for url, ctype, body in records:
        block = http('200 OK', [('Content-Type', ctype)], body)
        out.write(('%s 93.184.216.34 20241120101500 %s %d\n' % (url, ctype, len(block))).encode() + block + b'\n')
    return out.getvalue()
open('formats/old.arc', 'wb').write(arc([('http://wire.example.com/2024/11/20/kyiv-drones.html', 'text/html', page("Ukraine shoots down 56 of 74 Russian drones", [P1, P2]).encode())]))

# feeds
local = page("Ukraine shoots down 56 of 74 Russian drones", [P1, P2, P3], extra_head='<meta property="article:published_time" content="2024-11-20T09:01:00+02:00">')
open('formats/saved/kyiv-drones.html', 'w').write(local)
open('formats/feeds/debris.html', 'w').write(page('Drone debris damages homes in Kyiv', [P1, P3], extra_head='<link rel="canonical" href="https://daily.example.net/2024/11/20/debris">', byline='Daria Tarasova'))
rss = '''<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Example Wire - World</title>
  <link>https://wire.example.com/world</link>
  <description>World news</description>
  <language>en-gb</language>
  <item>
    <title>Ukraine shoots down 56 of 74 Russian drones</title>
    <link>https://wire.example.com/world/2024/11/20/kyiv-drones</link>
    <description>Air defences shot down most of the drones launched overnight.</description>
    <pubDate>Wed, 20 Nov 2024 07:01:00 GMT</pubDate>
    <dc:creator>Olena Harmash</dc:creator>
  </item>
  <item>
    <title>Drone debris damages homes in Kyiv</title>
    <link>https://wire.example.com/world/2024/11/20/debris</link>
    <description>Debris damaged homes in three districts.</description>
    <content:encoded><![CDATA[<p>%s</p><p>%s</p>]]></content:encoded>
    <pubDate>Wed, 20 Nov 2024 08:30:00 +0000</pubDate>
    <author>desk@wire.example.com (Tom Balmforth)</author>
  </item>
  <item>
    <title>Moscow says it struck energy targets</title>
    <link>https://wire.example.com/world/2024/11/20/moscow-energy</link>
    <description>&lt;p&gt;%s&lt;/p&gt;</description>
    <pubDate>Wed, 20 Nov 2024 09:45:00 EST</pubDate>
  </item>
  <item>
    <title>Live: follow our coverage</title>
    <link>https://wire.example.com/live</link>
  </item>
</channel>
</rss>
''' % (P1, P3, P3)
open('formats/feeds/world.rss', 'w').write(rss)
atom = '''<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <title>Example Daily</title>
  <link rel="alternate" href="https://daily.example.net/"/>
  <id>urn:example:daily</id>
  <updated>2024-11-20T12:00:00Z</updated>
  <entry>
    <title>Drone debris damages homes in Kyiv</title>
    <id>urn:example:daily:1</id>
    <link rel="alternate" href="debris.html"/>
    <published>2024-11-20T09:30:00+02:00</published>
    <updated>2024-11-20T11:00:00+02:00</updated>
    <author><name>Daria Tarasova</name></author>
    <summary>A summary of the overnight attack.</summary>
  </entry>
  <entry>
    <title>Energy grid under strain</title>
    <id>urn:example:daily:2</id>
    <link rel="alternate" href="https://daily.example.net/2024/11/20/grid"/>
    <published>2024-11-20T10:00:00Z</published>
    <content type="text">%s

%s</content>
  </entry>
</feed>
''' % (P3, P2)
open('formats/feeds/daily.atom', 'w').write(atom)

# JSONL
lines = [
    json.dumps({"url": "https://wire.example.com/world/2024/11/20/kyiv-drones", "html": page("Ukraine shoots down 56 of 74 Russian drones", [P1, P2, P3]), "date": "2024-11-20T09:01:00+02:00"}),
    json.dumps({"url": "https://daily.example.net/2024/11/20/debris", "title": "Drone debris damages homes in Kyiv", "text": P1 + "\n\n" + P3, "author": ["Daria Tarasova"], "published": "2024-11-20"}, ensure_ascii=False),
    json.dumps({"url": "https://novyny.example.ua/2024/11/20/drony", "title": UK_T, "text": "\n\n".join(UK), "language": "uk"}, ensure_ascii=False),
    '{"url": "https://broken.example.com/x", "html": "<p>unterminated',
    json.dumps({"url": "https://empty.example.com/y", "title": "No body"}),
    '',
]
open('formats/pages.jsonl', 'w').write('\n'.join(lines) + '\n')

md = '''---
title: "Ukraine shoots down 56 of 74 Russian drones"
author: Olena Harmash
date: 2024-11-20T09:01:00+02:00
url: https://wire.example.com/world/2024/11/20/kyiv-drones
outlet: Example Wire
tags: [ukraine, drones]
---

# Ukraine shoots down 56 of 74 Russian drones

%s

%s

## Damage in the capital

%s
''' % (P1, P2, P3)
open('formats/notes/2024/kyiv-drones.md', 'w').write(md)

dump = '''Skip to main content
Example Wire
World
Business
Markets

Ukraine shoots down 56 of 74 Russian drones

By Olena Harmash
November 20, 2024 9:01 AM GMT+2

%s

%s

%s

Reporting by Olena Harmash; Editing by Tom Balmforth
Share this article
Related stories
''' % (P1, P2, P3)
open('formats/dumps/kyiv-drones.txt', 'w').write(dump)

# bad inputs
os.makedirs('bad-inputs', exist_ok=True)
lols = ''.join(' <!ENTITY lol%d "%s">\n' % (i, ('&lol%s;' % (i - 1 if i > 2 else '')) * 10) for i in range(2, 10))
open('bad-inputs/laughs.rss', 'w').write('<?xml version="1.0"?>\n<!DOCTYPE rss [\n <!ENTITY lol "lol">\n' + lols
    + ']>\n<rss version="2.0"><channel><title>x</title><item><title>&lol9;</title><description>boom</description>'
    '</item></channel></rss>\n')
open('bad-inputs/xxe.rss', 'w').write('<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
    '<rss version="2.0"><channel><title>x</title><item><title>t</title><description>&xxe;</description></item>'
    '</channel></rss>\n')
open('bad-inputs/old091.rss', 'w', encoding='iso-8859-1').write('<?xml version="1.0" encoding="ISO-8859-1"?>\n'
    '<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">\n'
    '<rss version="0.91"><channel><title>Old Wire</title><link>http://old.example.com/</link><description>d</description>'
    '<language>en</language>\n<item><title>Caf&#233; reopens</title><link>http://old.example.com/cafe</link><description>'
    'The caf&#233; on the corner reopened on Monday after a long renovation, its owner said, welcoming back regular '
    'customers with free coffee.</description></item>\n</channel></rss>\n')
open('bad-inputs/image.html', 'wb').write(b'\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR')
open('bad-inputs/cut.warc', 'wb').write(b'WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\nHTTP/1.1 200 OK\r\n')
