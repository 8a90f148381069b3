package models

import (
	"fmt"
	"math"
	"strings"
)

// Sequence is a standalone CREATE SEQUENCE: one no identity column owns
// and no serial column was made with (those are part of their column).
// Type is smallint, integer or bigint (Normalize fills bigint). Start,
// MinValue and MaxValue are nil and Increment and Cache 0 for
// PostgreSQL's defaults (Normalize writes them so for a default given
// explicitly, so that equal sequences compare equal).
type Sequence struct {
	Schema    string `json:"schema"`
	Name      string `json:"name"`
	Type      string `json:"type"`
	Start     *int64 `json:"start,omitempty"`
	Increment int64  `json:"increment,omitempty"`
	MinValue  *int64 `json:"min_value,omitempty"`
	MaxValue  *int64 `json:"max_value,omitempty"`
	Cache     int64  `json:"cache,omitempty"`
	Cycle     bool   `json:"cycle,omitempty"`
	// OwnedBy is the column that owns the sequence (OWNED BY): dropping
	// the column or its table drops the sequence. It is a column of a
	// table of the sequence's schema; nil for none.
	OwnedBy *SequenceOwner `json:"owned_by,omitempty"`
	Comment string         `json:"comment,omitempty"`
}

// SequenceOwner is the table and column a sequence is OWNED BY.
type SequenceOwner struct {
	Table  string `json:"table"`
	Column string `json:"column"`
}

// typeRange is the range of an integer type of a sequence.
func typeRange(name string) (lo, hi int64) {
	switch name {
	case "smallint":
		return math.MinInt16, math.MaxInt16
	case "integer":
		return math.MinInt32, math.MaxInt32
	}
	return math.MinInt64, math.MaxInt64
}

// IncrementValue is the effective INCREMENT BY.
func (s *Sequence) IncrementValue() int64 {
	if s.Increment != 0 {
		return s.Increment
	}
	return 1
}

// CacheValue is the effective CACHE.
func (s *Sequence) CacheValue() int64 {
	if s.Cache != 0 {
		return s.Cache
	}
	return 1
}

// MinValueOf is the effective MINVALUE: 1 ascending, the type's least
// value descending, unless given.
func (s *Sequence) MinValueOf() int64 {
	if s.MinValue != nil {
		return *s.MinValue
	}
	if s.IncrementValue() > 0 {
		return 1
	}
	lo, _ := typeRange(s.Type)
	return lo
}

// MaxValueOf is the effective MAXVALUE: the type's greatest value
// ascending, -1 descending, unless given.
func (s *Sequence) MaxValueOf() int64 {
	if s.MaxValue != nil {
		return *s.MaxValue
	}
	if s.IncrementValue() > 0 {
		_, hi := typeRange(s.Type)
		return hi
	}
	return -1
}

// StartValue is the effective START WITH: MINVALUE ascending, MAXVALUE
// descending, unless given.
func (s *Sequence) StartValue() int64 {
	if s.Start != nil {
		return *s.Start
	}
	if s.IncrementValue() > 0 {
		return s.MinValueOf()
	}
	return s.MaxValueOf()
}

// Options is the sequence's options as CREATE SEQUENCE writes them, each
// one that is not the default, in PostgreSQL's order ("AS integer
// INCREMENT BY 5 START WITH 100").
func (s *Sequence) Options() string {
	parts := []string{"AS " + s.Type}
	if s.Increment != 0 {
		parts = append(parts, fmt.Sprintf("INCREMENT BY %d", s.Increment))
	}
	if s.MinValue != nil {
		parts = append(parts, fmt.Sprintf("MINVALUE %d", *s.MinValue))
	}
	if s.MaxValue != nil {
		parts = append(parts, fmt.Sprintf("MAXVALUE %d", *s.MaxValue))
	}
	if s.Start != nil {
		parts = append(parts, fmt.Sprintf("START WITH %d", *s.Start))
	}
	if s.Cache != 0 {
		parts = append(parts, fmt.Sprintf("CACHE %d", s.Cache))
	}
	if s.Cycle {
		parts = append(parts, "CYCLE")
	}
	return strings.Join(parts, " ")
}

// QualifiedName is the sequence's quoted schema.name.
func (s *Sequence) QualifiedName() string { return QualifiedName(s.Schema, s.Name) }

// normalize fills the type and writes the defaults given explicitly as
// unset, in dependency order: the increment decides the bounds' defaults,
// the bounds the start's.
func (s *Sequence) normalize() {
	if s.Type == "" {
		s.Type = "bigint"
	}
	if s.Increment == 1 {
		s.Increment = 0
	}
	if s.Cache == 1 {
		s.Cache = 0
	}
	def := &Sequence{Type: s.Type, Increment: s.Increment}
	if s.MinValue != nil && *s.MinValue == def.MinValueOf() {
		s.MinValue = nil
	}
	if s.MaxValue != nil && *s.MaxValue == def.MaxValueOf() {
		s.MaxValue = nil
	}
	def.MinValue, def.MaxValue = s.MinValue, s.MaxValue
	if s.Start != nil && *s.Start == def.StartValue() {
		s.Start = nil
	}
}

func copySequence(s *Sequence) *Sequence {
	n := *s
	n.Start, n.MinValue, n.MaxValue = copyInt(s.Start), copyInt(s.MinValue), copyInt(s.MaxValue)
	if s.OwnedBy != nil {
		o := *s.OwnedBy
		n.OwnedBy = &o
	}
	return &n
}

func copyInt(p *int64) *int64 {
	if p == nil {
		return nil
	}
	v := *p
	return &v
}

// Int64 returns a pointer to v, for the optional fields of a Sequence.
func Int64(v int64) *int64 { return &v }

// Normalized returns a copy of s in canonical form, as Normalize leaves a
// sequence of a realm.
func (s *Sequence) Normalized() *Sequence {
	n := copySequence(s)
	n.normalize()
	return n
}
