package quote

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
	"sync"
)

// Three linear models, averaged perceptrons over hashed features, do the
// parts of attribution that rules do badly: the cue model reads each token
// outside quotes and says whether it heads an attribution cue ("said",
// "called", "according", "believes"); the source model picks, among the
// noun phrases around a cue, the one that is its source (or none); the keep
// model (keep.go) reads a finished attribution and says whether it is a
// statement at all. All three were trained on PolNeAR's train split only;
// cuemodel.bin, srcmodel.bin and keepmodel.bin are the result of
//
//	go run ./eval/quotes/internal/cuetrain -train ../shared/bench/quotes/polnear/data/train
//
// run from the module root at commit 6c6aa0a, which rebuilds them bit for
// bit. The source and keep models learn from the candidates the rules
// build, and the rules have grown since: the same command on later code
// gives other weights, which score a little lower on dev (all-attributions
// source F1 0.758 against 0.760) and change cases the tests hold, so the
// shipped weights stay those of 6c6aa0a until a retrain beats them.

//go:embed cuemodel.bin
var cueModelData []byte

//go:embed srcmodel.bin
var srcModelData []byte

//go:embed keepmodel.bin
var keepModelData []byte

// defaultCues and defaultSources are the shipped models, decoded on first
// use so that commands that never look for quotes pay nothing for them.
var (
	defaultCues    = sync.OnceValue(func() *Model { return decodeOrEmpty(cueModelData) })
	defaultSources = sync.OnceValue(func() *Model { return decodeOrEmpty(srcModelData) })
	defaultKeep    = sync.OnceValue(func() *Model { return decodeOrEmpty(keepModelData) })
)

// decodeOrEmpty decodes an embedded model. The models are part of the
// build and every test reads them, so a bad one cannot ship unnoticed;
// should it happen anyway, Find degrades to a model that finds nothing
// rather than failing on input.
func decodeOrEmpty(data []byte) *Model {
	m, err := DecodeModel(data)
	if err != nil {
		return newModel(map[uint32]float32{}, map[uint32]bool{})
	}
	return m
}

// Model is a linear model over hashed features: the cue model or the source
// model. Build one with TrainCues or TrainSources, or with DecodeModel.
type Model struct {
	w     map[uint32]float32
	heads map[uint32]bool // cue model: hashes of the words seen heading a cue in training
	tw    *table          // w, laid out for fast reading; built by newModel
	th    *table          // heads, likewise (weight 1 for a known word)
}

// newModel builds a model from its weights and head words.
func newModel(w map[uint32]float32, heads map[uint32]bool) *Model {
	hw := make(map[uint32]float32, len(heads))
	for h := range heads {
		hw[h] = 1
	}
	return &Model{w: w, heads: heads, tw: newTable(w), th: newTable(hw)}
}

// knows reports whether the lower-cased word w headed a cue in training;
// no other word is taken for a cue head.
func (m *Model) knows(w string) bool { return m.th.get(fnvString(fnvOffset, w)) != 0 }

// strong reports whether the lower-cased word w headed a cue most of the
// times it was seen in training ("says", "slams", "warns"): a verb of
// saying or thinking whatever its context. The head set carries these
// words a second time under the hash of strongKey, so the model file
// keeps one format.
func (m *Model) strong(w string) bool { return m.th.get(strongKey(w)) != 0 }

// strongKey is the hash a strong head word is kept under.
func strongKey(w string) uint32 { return feat('H', w) }

// score sums the weights of feats.
func (m *Model) score(feats []uint32) float32 {
	var s float32
	for _, f := range feats {
		s += m.tw.get(f)
	}
	return s
}

const modelMagic = "whosaid-model-1\n"

// MarshalBinary encodes the model compactly: the feature hashes sorted and
// delta-coded as varints, each weight quantized to 16 bits, all gzipped.
func (m *Model) MarshalBinary() ([]byte, error) {
	keys := make([]uint32, 0, len(m.w))
	var maxAbs float64
	for k, v := range m.w {
		keys = append(keys, k)
		maxAbs = math.Max(maxAbs, math.Abs(float64(v)))
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	scale := float32(maxAbs / 32767)
	if scale == 0 {
		scale = 1
	}
	var raw bytes.Buffer
	raw.WriteString(modelMagic)
	var tmp [binary.MaxVarintLen64]byte
	put := func(v uint64) { raw.Write(tmp[:binary.PutUvarint(tmp[:], v)]) }
	put(uint64(math.Float32bits(scale)))
	put(uint64(len(keys)))
	prev := uint32(0)
	for _, k := range keys {
		put(uint64(k - prev))
		prev = k
	}
	for _, k := range keys {
		q := int16(math.Round(float64(m.w[k] / scale)))
		raw.WriteByte(byte(uint16(q)))
		raw.WriteByte(byte(uint16(q) >> 8))
	}
	heads := make([]uint32, 0, len(m.heads))
	for h := range m.heads {
		heads = append(heads, h)
	}
	sort.Slice(heads, func(i, j int) bool { return heads[i] < heads[j] })
	put(uint64(len(heads)))
	prev = 0
	for _, h := range heads {
		put(uint64(h - prev))
		prev = h
	}
	var out bytes.Buffer
	zw, err := gzip.NewWriterLevel(&out, gzip.BestCompression)
	if err != nil {
		return nil, fmt.Errorf("encode model: %w", err)
	}
	if _, err := zw.Write(raw.Bytes()); err != nil {
		return nil, fmt.Errorf("encode model: %w", err)
	}
	if err := zw.Close(); err != nil {
		return nil, fmt.Errorf("encode model: %w", err)
	}
	return out.Bytes(), nil
}

// DecodeModel reads a model written by MarshalBinary.
func DecodeModel(data []byte) (*Model, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("decode model: %w", err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("decode model: %w", err)
	}
	if !bytes.HasPrefix(raw, []byte(modelMagic)) {
		return nil, errors.New("decode model: not a cue model")
	}
	r := bytes.NewReader(raw[len(modelMagic):])
	sbits, err1 := binary.ReadUvarint(r)
	n, err2 := binary.ReadUvarint(r)
	if err := errors.Join(err1, err2); err != nil || n > uint64(len(raw)) {
		return nil, fmt.Errorf("decode model: bad header: %v", err)
	}
	scale := math.Float32frombits(uint32(sbits))
	keys := make([]uint32, n)
	prev := uint32(0)
	for i := range keys {
		d, err := binary.ReadUvarint(r)
		if err != nil {
			return nil, fmt.Errorf("decode model: key %d: %w", i, err)
		}
		prev += uint32(d)
		keys[i] = prev
	}
	w := make(map[uint32]float32, n)
	var b [2]byte
	for _, k := range keys {
		if _, err := io.ReadFull(r, b[:]); err != nil {
			return nil, fmt.Errorf("decode model: weights: %w", err)
		}
		w[k] = float32(int16(uint16(b[0])|uint16(b[1])<<8)) * scale
	}
	nh, err := binary.ReadUvarint(r)
	if err != nil || nh > uint64(len(raw)) {
		return nil, fmt.Errorf("decode model: head words: %v", err)
	}
	heads := make(map[uint32]bool, nh)
	prev = 0
	for i := uint64(0); i < nh; i++ {
		d, err := binary.ReadUvarint(r)
		if err != nil {
			return nil, fmt.Errorf("decode model: head word %d: %w", i, err)
		}
		prev += uint32(d)
		heads[prev] = true
	}
	return newModel(w, heads), nil
}
