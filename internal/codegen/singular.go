package codegen

import "strings"

// irregularSingulars are plurals the suffix rules get wrong.
var irregularSingulars = map[string]string{
	"people": "person", "children": "child", "men": "man", "women": "woman",
	"mice": "mouse", "geese": "goose", "feet": "foot", "teeth": "tooth",
	"indices": "index", "matrices": "matrix", "vertices": "vertex",
	"analyses": "analysis", "bases": "base", "crises": "crisis", "theses": "thesis",
	"diagnoses": "diagnosis", "axes": "axis", "criteria": "criterion",
	"phenomena": "phenomenon", "leaves": "leaf", "wolves": "wolf", "knives": "knife",
	"lives": "life", "wives": "wife", "halves": "half", "shelves": "shelf",
	"selves": "self", "thieves": "thief", "loaves": "loaf", "calves": "calf",
	"heroes": "hero", "potatoes": "potato", "tomatoes": "tomato", "echoes": "echo",
	"vetoes": "veto", "quizzes": "quiz", "buses": "bus", "bonuses": "bonus",
	"campuses": "campus", "viruses": "virus", "censuses": "census", "choruses": "chorus",
	"focuses": "focus", "radiuses": "radius", "syllabuses": "syllabus",
	"consensuses": "consensus", "prospectuses": "prospectus", "octopuses": "octopus",
	"movies": "movie", "cookies": "cookie", "pies": "pie", "ties": "tie", "lies": "lie",
	"zombies": "zombie", "calories": "calorie", "rookies": "rookie", "selfies": "selfie",
	"aliases": "alias", "canvases": "canvas", "atlases": "atlas", "biases": "bias",
}

// uncountables are words whose singular is the plural.
var uncountables = map[string]bool{
	"data": true, "metadata": true, "series": true, "species": true, "news": true,
	"info": true, "information": true, "equipment": true, "sheep": true, "fish": true,
	"deer": true, "media": true, "feedback": true, "software": true, "hardware": true,
	"staff": true, "traffic": true, "audio": true, "police": true, "moose": true,
}

// singularWord singularises one word (SQL identifiers are nearly always
// English nouns). The rules, in order — see doc.go:
//   - irregular plurals and uncountable words come from tables;
//   - words ending in "ss", "us" or "is" are already singular ("class",
//     "status", "analysis");
//   - "…ies" → "…y" (categories → category), "…sses" → "…ss",
//     "…xes"/"…ches"/"…shes"/"…zzes" drop "es", "…tuses" → "…tus"
//     (statuses → status);
//   - any other final "s" is dropped (events → event, responses → response).
//
// The case of the word is kept: an all-capitals word stays in capitals.
func singularWord(w string) string {
	lower := strings.ToLower(w)
	s := singularLower(lower)
	if s == lower {
		return w
	}
	if w == strings.ToUpper(w) {
		return strings.ToUpper(s)
	}
	// The singular is a prefix of the plural except for irregulars; keep
	// the original spelling of the shared prefix.
	if strings.HasPrefix(lower, s) {
		return w[:len(s)]
	}
	if w[0] >= 'A' && w[0] <= 'Z' {
		return strings.ToUpper(s[:1]) + s[1:]
	}
	return s
}

func singularLower(w string) string {
	if irr, ok := irregularSingulars[w]; ok {
		return irr
	}
	if uncountables[w] || len(w) < 3 {
		return w
	}
	switch {
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"):
		return w
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "xes"), strings.HasSuffix(w, "ches"),
		strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "zzes"), strings.HasSuffix(w, "tuses"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "s"):
		return w[:len(w)-1]
	}
	return w
}
