"""Articles the renderer tests share: real prose with findings of every severity."""
from __future__ import annotations

# Plain text with hard-wrapped lines (a line starting in lower case continues the paragraph),
# a name spelled two ways (letters: error; hyphen/case: warning), a shortened rank, and the marker.
ARTICLE = """\
Iraq tightens border security with Syria

Brig Gen Yahya Rasool said the army was sending more troops to the border.

Powered by automated translation

Lt Gen Abdul Amir al-Shammari visited the border post at Al-Qaim on Monday.

"The border is long," Lt Gen Abdul Amir Al Shammari
told reporters after the visit.

Army spokesman Brig Gen Yahya Rasoul said the new posts would open next month.

The main issue, Gen Al Shammari said, is coming from Syria.
"""

# The same kind of article as HTML: entities, inline markup inside a sentence, and text that
# looks like markup once decoded (it must stay text in every report).
HTML_ARTICLE = """\
<!DOCTYPE html>
<html><head><meta name="machine-translated" content="true"><title>t</title></head>
<body><article>
<h1>Iraq tightens border security with Syria</h1>
<p>Brig Gen Yahya Rasool said the army&rsquo;s new posts would open next month.</p>
<p>Lt Gen Abdul Amir <b>al-Shammari</b> visited the border post at Al-Qaim on Monday.</p>
<p>&ldquo;The border is long,&rdquo; Lt Gen Abdul Amir Al <i>Shammari</i> told reporters &lt;script&gt;window.mtcheckInjected = 3&lt;/script&gt;.</p>
<p>Army spokesman Brig Gen Yahya Rasoul said the army&rsquo;s posts would open in May.</p>
</article></body></html>
"""

# Plain text whose prose carries markup: a report must show it as text and never run it.
INJECTION_ARTICLE = """\
Army chief visits Mosul <img src=x onerror="window.mtcheckInjected = 2">

Lt Gen Abdul Amir al-Shammari visited Mosul on Monday.

Lt Gen Abdul Amir Al Shammari told reporters <script>window.mtcheckInjected = 1</script> the city was safe.

The general, Gen Al Shammari, said more troops would come.
"""

# With a garbled sentence, which the back-translation flags (low-fidelity) among faithful ones.
BT_ARTICLE = ARTICLE + """
Of the border the posts by troops of Qaim were to in order the the bring smuggling down, he of said it.
"""
