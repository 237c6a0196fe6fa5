// junkrules_social.go: the junk-rule table continued (junkrules.go), with
// the chrome of social feeds and newsletter platforms pasted with a post
// (issue 8): reaction, like, view and repost counters, the action row,
// "Follow X for more", "Repost if this helped", "Save this for later",
// "Link in bio", "…see more", swipe prompts and slide or post counters
// ("2/7", "Slide 3 of 9", "1/", "/end"), and a platform's header and
// footer lines ("Written by X", "Discussion about this post"). Every row
// is a short line anchored at both ends, so an article sentence that uses
// the same words is not matched.

package normalize

// junkRulesSocial: the chrome of social feeds and newsletter platforms.
var junkRulesSocial = []junkRule{
	{name: "reaction counter", why: whyComment, max: 12,
		pat: `^(?:[\p{So}\p{Sk}\x{FE0F}\x{200D}]+\s*)?(?:\d[\d.,]*\s*[km]?\s+(?:reactions?|likes?|comments?|reposts?|restacks?|shares?|views?|bookmarks?|quotes?|claps?|responses?|replies|retweets?|impressions?|saves?)` +
			`\s*[·•∙,|]?\s*)+$|^[\p{So}\x{FE0F}\x{200D}]+\s*\d[\d.,]*\s*[km]?(?:\s+and\s+\d[\d.,]*\s+others?)?$|^(?:responses|comments|replies)\s*\(\d[\d.,]*\)$`,
		yes: []string{"👍❤️ 318", "1,204 reactions", "87 comments · 31 reposts", "58 Reposts 12 Quotes 402 Likes 97 Bookmarks", "❤️ 2,318 likes", "4,812 Views", "Responses (24)", "👏 24"},
		no:  []string{"24 likes were all it took to change her mind.", "3 comments in a review are enough", "Views differ on this"}},
	{name: "action row", why: whyShare, max: 8,
		pat: `^(?:(?:like|comment|repost|reshare|send|share|reply|restack|save|retweet|quote)\s*[·•∙|,/]?\s*){1,6}$`,
		yes: []string{"Like · Comment · Repost · Send", "Like", "Repost", "Restack"},
		no:  []string{"Like your manager, you have limits.", "Comment on the plan, not the person."}},
	{name: "follow prompt", why: whyBio, max: 16,
		pat: `^(?:if (?:this|you)\b.{0,40}?,\s*)?(?:[👉🔔➕+]\x{FE0F}?\s*)?(?:follow|hit follow on|connect with)\s+(?:me|us|@[\w.]+|(?-i:\p{Lu}[\p{L}'’.-]+)(?:\s+(?-i:\p{Lu}[\p{L}'’.-]+)){0,3})\s+` +
			`(?:(?:on|at) [\p{L}@.]+\s+)?(?:for (?:more|daily|weekly|regular|new)\b.{0,50}|to (?:see|get|read) more\b.{0,40})$`,
		yes: []string{"Follow Priya Valdes for more", "If this was useful, follow @mayabuilds for more on careers.", "Follow Jonas Whitfield for daily tips", "👉 Follow me for more posts like this"},
		no:  []string{"Follow up with your manager for more context.", "Follow the plan for more than a week before you judge it."}},
	{name: "repost or save prompt", why: whyShare, max: 14,
		pat: `^(?:[♻🔁🔖📌💾👉]\x{FE0F}?\s*)*(?:repost|reshare|share|save|bookmark|send)\s*(?:[♻🔁🔖📌💾]\x{FE0F}?\s*)*\s(?:this|it)?\s*(?:if (?:this|it|you)\b.{0,50}|for (?:later|your next\b.{0,30}|when\b.{0,40})|before your next\b.{0,30}|to (?:your network|someone\b.{0,30}|a friend\b.{0,30}))\s*[\p{So}\x{FE0F}]*$|` +
			`^(?:[♻🔁🔖📌💾👉]\x{FE0F}?\s*)*(?:repost|reshare|share|save|bookmark|send)\s+(?:this|it)\b.{0,50}[♻🔁🔖📌💾]\x{FE0F}?$`,
		yes: []string{"♻️ Repost if this helped someone in your network", "Repost ♻️ if this was useful", "Save this for later 🔖", "Save this for your next 1:1 📌", "Save this before your next 1:1 🔖", "Share this with a new manager ♻️"},
		no:  []string{"Save the decision for later in the week.", "Share this with your manager before the meeting, not after it."}},
	{name: "see more", why: whyComment, max: 3,
		pat: `^(?:…|\.\.\.)\s*(?:see more|more|read more|mehr anzeigen|voir plus|ver más)$`,
		yes: []string{"…see more", "… more", "...see more"},
		no:  []string{"… more or less."}},
	{name: "link in bio", why: whyAd, max: 12,
		pat: `^(?:[🔗👆👇]\x{FE0F}?\s*)*link in (?:my |the )?bio\b.{0,50}$`,
		yes: []string{"Link in bio for my free template", "Link in bio 👆"},
		no:  []string{"Link in biology lectures is weak."}},
	{name: "view all comments", why: whyComment, max: 6,
		pat: `^view (?:all )?\d[\d.,]*\s+(?:comments|replies)$|^original (?:audio|sound)\b.{0,40}$`,
		yes: []string{"View all 64 comments", "Original audio"},
		no:  []string{"View all feedback as data."}},
	{name: "swipe prompt", why: whyNav, max: 5,
		pat: `^[(\[]?\s*(?:[→➡👉⬅]\x{FE0F}?\s*)*swipe(?:\s+(?:left|right|through|for more|to (?:see|read) more))?\s*(?:[→➡👉⬅]\x{FE0F}?\s*)*[)\]]?$`,
		yes: []string{"(swipe →)", "→ Swipe", "Swipe ➡️", "Swipe left"},
		no:  []string{"Swipe files are useful."}},
	{name: "slide or post counter", why: whyNav, max: 4,
		pat: `^[(\[]?\s*(?:(?:slide|page|post|tweet|part)\s*\d{1,2}\s*(?:/|of)\s*\d{1,2}|[1-9]\s*/\s*(?:[1-9]|1\d|20))\s*[)\]]?$|^(?:slide|folie|diapositive)\s+\d{1,2}$|^[1-9]\d?/$|^/\s*(?:end|fin)$|^(?:end|fin)\s*/$`,
		yes: []string{"2/7", "Slide 3 of 8", "1/6", "Slide 1", "1/", "/end", "(3/5)"},
		no:  []string{"Slide 3 shows the numbers.", "24/7 support", "12/03", "24/7"}},
	{name: "platform byline chrome", why: whyBio, max: 6,
		pat: `^(?:written by (?-i:\p{Lu}[\p{L}'’.-]+)(?:\s+(?-i:\p{Lu}[\p{L}'’.-]+)){0,3}|\d+\s*edited|edited|• (?:1st|2nd|3rd|3rd\+)|(?:1st|2nd|3rd|3rd\+)\s+degree connection)$`,
		yes: []string{"Written by Owen Achterberg", "• 2nd", "Edited"},
		no:  []string{"Written by hand, the note felt personal.", "Edited drafts read better."}},
	{name: "platform discussion footer", why: whyComment, max: 6,
		pat: `^(?:restacks?|write a comment(?:…|\.\.\.)?|leave a comment(?:…|\.\.\.))$`,
		yes: []string{"Restacks", "Write a comment..."},
		no:  []string{"Restacks of old posts rarely help.", "Write a comment in the margin."}},
}
