// runtime/map.cpp: Go maps (the csp_map_* entry points of csp_rt.h): open-addressing hash
// tables with SwissTable-style control bytes, and Go's randomised, mutation-tolerant range.
//
// Layout. A map is a GC_MALLOC'd header (struct Map; its first word is `count`, which codegen
// loads for len(m)) pointing at one table: one GC block holding a 16-byte Table header, the
// control bytes, then the slots. Slots come in groups of 8; group g owns control bytes
// [8g, 8g+8) (one little-endian word, byte i for slot 8g+i) and slots [8g, 8g+8). A slot is
// the key, then the value at its alignment, both inline with their csp_type sizes. Control
// byte: 0x00 empty, 0x01 deleted (a tombstone), 0x80|h2 full, h2 being the hash's low 7
// bits. The control bytes are kept apart from the slots so that probing reads a dense array
// (1 byte per slot, usually cached even for big maps) and a lookup touches one slot line.
// Tables are GC_MALLOC_ATOMIC when neither key nor value holds pointers, else GC_MALLOC.
//
// Invariants:
//  - count is the number of full slots of the current table; growth_left is how many more
//    insertions into EMPTY slots the table takes before it is rebuilt (count + tombstones +
//    growth_left == 7/8 of the slots), so there is always an empty slot and probing stops.
//  - Every non-full slot is all zero bytes (tables start zeroed, delete and clear zero what
//    they vacate): an insertion needs not clear its value.
//  - A key lives in group g only if every group before g on its probe sequence has no empty
//    slot. Lookups therefore stop at the first group with an empty slot. delete keeps this:
//    it leaves an empty slot only in a group that already had one, else a tombstone.
//  - A table is never modified after it is replaced: rehashes (growth, or purging tombstones
//    at the same size) build a new table and copy the entries into it. Only iterators may
//    still hold the old one.
//
// Probing: the group is (hash >> 7) & mask, then triangular steps (g += 1, 2, 3, ...), which
// visit every group of a power-of-two table once. In a group, SWAR on the control word finds
// the slots whose byte equals 0x80|h2 (rare false positives are settled by the key compare),
// the empty slots, and the free (empty or deleted) ones. An insertion reuses the first free
// slot on the probe sequence; only taking an empty one costs growth_left. When growth_left is
// 0, the table is rebuilt: at the same size if at most half of its capacity is live (the rest
// are tombstones), else at twice the size; either way at least half of the capacity's worth
// of insertions passes before the next rebuild, so insertion is amortised O(1). Maps start
// with no table (allocated at the first insertion) unless make's hint asks for room.
//
// Keys: csp_map_make picks a strategy from the key type once (KeyKind): 8-byte and 4-byte
// memory-comparable keys (ints, pointers, chans, padding-free structs of such) hash one word
// with hash_u64; other memory-comparable keys use hash_bytes/memcmp; strings hash their
// bytes; everything else (floats, interfaces, structs with strings or padding...) goes
// through the descriptor walk of typeops.h. Each entry point switches once on the strategy
// into code specialised for it. Hash seeds are random per map (and renewed whenever the map
// becomes empty). Like Go, an assignment to an existing string, float or interface key also
// overwrites the stored key (+0 becomes -0, etc.).
//
// Iteration (Go's spec): csp_map_iter_init draws a random start group, a random xor mask
// (0 to 7) over the group numbers and random bits that permute the slots inside each group
// visited; visit k is group (start + (k ^ flip)) & mask, a permutation of the groups that
// reads memory almost sequentially. The iterator walks the table it started on in that order,
// each slot once. While that table is still the map's current one, a full slot is produced
// as it stands: entries deleted before being reached are empty by then, entries present
// throughout never move, so each is produced once; new entries are produced iff they land
// in a slot not passed yet. Once the map has rebuilt its table, the iterator keeps walking
// its old table (its reference keeps it alive; nothing writes to it any more), and for each
// entry there looks the key up in the current table: absent means deleted since, so it is
// skipped; present yields the current slot (so the value is the live one). Keys not equal to
// themselves (NaN inside) cannot be looked up and cannot be deleted except by clear: they
// are produced from the old table unless the map was cleared since the iteration began (a
// clear counter). The old table holds each entry at most once, so nothing is produced twice;
// entries added after the rebuild are not produced (allowed: "may or may not be produced").
//
// Pointers the entry points return (value slots, it->key and it->val) are valid until the
// next assignment, delete or clear on the map: callers copy keys and values out first.
//
// Who may call what: JIT'd code calls the entry points, and runtime code may (fmt ranging
// over a map); maps are not safe for concurrent use (as in Go; Go's "concurrent map writes"
// detection is not implemented). Panics: csp_map_assign on a nil map (csp_panic_nil_map),
// and assign, access and delete hashing a key whose interface holds an unhashable dynamic
// type (panic_unhashable, even on a nil or empty map, as in Go); a panic leaves the map
// unchanged. clear and iteration never panic.
#include "runtime/map.h"

#include "runtime/process.h"
#include "runtime/typeops.h"

#include <cstddef>
#include <cstring>
#include <gc/gc.h>

namespace csp::rt {

namespace {

constexpr unsigned kGroupSlots = 8;
constexpr uint64_t kLsb = 0x0101010101010101ull;
constexpr uint64_t kMsb = 0x8080808080808080ull;
constexpr uint8_t kCtrlEmpty = 0x00;
constexpr uint8_t kCtrlDeleted = 0x01;  // full bytes are 0x80 | h2
constexpr uint64_t kMaxTableBytes = uint64_t{1} << 47;  // beyond this make's hint is ignored

// ---- control words ---------------------------------------------------------------------------

inline uint64_t load64(const void* p) {
  uint64_t v;
  std::memcpy(&v, p, 8);
  return v;
}

inline uint32_t load32(const void* p) {
  uint32_t v;
  std::memcpy(&v, p, 4);
  return v;
}

// Bit 8i+7 set for every byte i equal to b (plus, rarely, a byte just above a match: only
// full bytes, settled by comparing keys).
inline uint64_t match_byte(uint64_t ctrl, uint8_t b) {
  uint64_t x = ctrl ^ (kLsb * b);
  return (x - kLsb) & ~x & kMsb;
}
// Exactly the empty bytes (0x00): high bit and low bit clear.
inline uint64_t match_empty(uint64_t ctrl) { return ~ctrl & ~(ctrl << 7) & kMsb; }
// Exactly the free bytes (empty or deleted): high bit clear.
inline uint64_t match_free(uint64_t ctrl) { return ~ctrl & kMsb; }
inline uint64_t match_full(uint64_t ctrl) { return ctrl & kMsb; }
inline unsigned first_index(uint64_t bits) { return static_cast<unsigned>(__builtin_ctzll(bits)) >> 3; }

inline uint8_t h2_of(uint64_t hash) { return static_cast<uint8_t>(0x80 | (hash & 0x7f)); }

// The most entries a table of n groups holds (7/8 of its slots).
inline uint64_t capacity_limit(uint64_t ngroups) { return ngroups * (kGroupSlots - 1); }

inline uint64_t round_up(uint64_t x, uint64_t a) { return (x + a - 1) / a * a; }

// ---- the map ---------------------------------------------------------------------------------

// A table: this header, the control bytes (8 per group, so group g's control word is at
// ctrl + 8g), padding to 16, then the slots (slot s = 8g + i at slots + s * slot_size).
struct Table {
  uint64_t mask;  // number of groups - 1
  uint64_t unused;
};
constexpr size_t kTableHeader = sizeof(Table);
static_assert(kTableHeader == 16);

inline uint8_t* ctrl_of(Table* t) { return reinterpret_cast<uint8_t*>(t) + kTableHeader; }
inline uint8_t* slots_of(Table* t) { return ctrl_of(t) + round_up((t->mask + 1) * kGroupSlots, 16); }

enum class KeyKind : uint8_t { Word64, Word32, Mem, Str, Generic };

struct Map {
  int64_t count;         // csp_map.count: entries in the current table
  Table* table;          // NULL until the first insertion (or make's hint)
  uint8_t* ctrl;         // ctrl_of(table), slots_of(table), table->mask: for the hot paths
  uint8_t* slots;
  uint64_t mask;
  int64_t growth_left;   // insertions into empty slots before the table is rebuilt
  uint64_t seed;         // hash seed: random, renewed whenever the map becomes empty
  const csp_type* key_type;
  uint32_t key_size;
  uint32_t val_off;      // offset of the value in a slot
  uint32_t slot_size;
  uint32_t clear_seq;    // counts clears (iterators over an old table check it)
  KeyKind kind;
  bool atomic;           // tables hold no pointers: GC_MALLOC_ATOMIC
};
static_assert(offsetof(Map, count) == offsetof(csp_map, count));

inline Map* as_map(csp_map* m) { return reinterpret_cast<Map*>(m); }
inline uint8_t* slot_at(const Map* m, uint8_t* slots, uint64_t s) { return slots + s * m->slot_size; }

[[noreturn]] void out_of_memory() { die("fatal error: runtime: out of memory\n"); }

Table* alloc_table(const Map* m, uint64_t ngroups) {
  size_t bytes = kTableHeader + round_up(ngroups * kGroupSlots, 16) + ngroups * kGroupSlots * m->slot_size;
  void* p = m->atomic ? GC_MALLOC_ATOMIC(bytes) : GC_MALLOC(bytes);
  if (p == nullptr) out_of_memory();
  if (m->atomic) std::memset(p, 0, bytes);  // GC_MALLOC memory is already zeroed
  auto* t = static_cast<Table*>(p);
  t->mask = ngroups - 1;
  return t;
}

void install_table(Map* m, Table* t) {
  m->table = t;
  m->ctrl = ctrl_of(t);
  m->slots = slots_of(t);
  m->mask = t->mask;
  m->growth_left = static_cast<int64_t>(capacity_limit(t->mask + 1)) - m->count;
}

// ---- key strategies --------------------------------------------------------------------------
// Each has: Q (the key as a lookup holds it), query (from a key pointer), hash, eq (the query
// against a stored key), stored (a stored key as a Q), kKeyUpdate (an assignment to an
// existing key overwrites the stored key) and kSelfEqual (every key equals itself).

struct Word64Ops {
  using Q = uint64_t;
  static constexpr bool kKeyUpdate = false, kSelfEqual = true;
  static Q query(const Map*, const void* k) { return load64(k); }
  static Q stored(const Map*, const uint8_t* slot) { return load64(slot); }
  static uint64_t hash(const Map* m, Q q) { return hash_u64(q, m->seed); }
  static bool eq(const Map*, Q q, const uint8_t* slot) { return load64(slot) == q; }
};

struct Word32Ops {
  using Q = uint32_t;
  static constexpr bool kKeyUpdate = false, kSelfEqual = true;
  static Q query(const Map*, const void* k) { return load32(k); }
  static Q stored(const Map*, const uint8_t* slot) { return load32(slot); }
  static uint64_t hash(const Map* m, Q q) { return hash_u64(q, m->seed); }
  static bool eq(const Map*, Q q, const uint8_t* slot) { return load32(slot) == q; }
};

struct MemOps {
  using Q = const void*;
  static constexpr bool kKeyUpdate = false, kSelfEqual = true;
  static Q query(const Map*, const void* k) { return k; }
  static Q stored(const Map*, const uint8_t* slot) { return slot; }
  static uint64_t hash(const Map* m, Q q) { return hash_bytes(q, m->key_size, m->seed); }
  static bool eq(const Map* m, Q q, const uint8_t* slot) { return std::memcmp(q, slot, m->key_size) == 0; }
};

struct StrOps {
  using Q = csp_string;
  static constexpr bool kKeyUpdate = true, kSelfEqual = true;
  static Q query(const Map*, const void* k) {
    csp_string s;
    std::memcpy(&s, k, sizeof s);
    return s;
  }
  static Q stored(const Map* m, const uint8_t* slot) { return query(m, slot); }
  static uint64_t hash(const Map* m, Q q) { return hash_bytes(q.ptr, static_cast<size_t>(q.len), m->seed); }
  static bool eq(const Map*, Q q, const uint8_t* slot) {
    csp_string s;
    std::memcpy(&s, slot, sizeof s);
    return s.len == q.len &&
           (s.ptr == q.ptr || q.len == 0 || std::memcmp(s.ptr, q.ptr, static_cast<size_t>(q.len)) == 0);
  }
};

struct GenericOps {
  using Q = const void*;
  static constexpr bool kKeyUpdate = true, kSelfEqual = false;
  static Q query(const Map*, const void* k) { return k; }
  static Q stored(const Map*, const uint8_t* slot) { return slot; }
  static uint64_t hash(const Map* m, Q q) { return type_hash(m->key_type, q, m->seed); }
  static bool eq(const Map* m, Q q, const uint8_t* slot) { return type_equal(m->key_type, q, slot); }
};

// Calls f(Ops{}) with the strategy of kind k.
template <class F>
inline auto with_ops(KeyKind k, F&& f) {
  switch (k) {
    case KeyKind::Word64: return f(Word64Ops{});
    case KeyKind::Word32: return f(Word32Ops{});
    case KeyKind::Mem: return f(MemOps{});
    case KeyKind::Str: return f(StrOps{});
    default: return f(GenericOps{});
  }
}

KeyKind key_kind_for(const csp_type* kt) {
  if (type_is_memory_comparable(kt)) {
    if (kt->size == 8) return KeyKind::Word64;
    if (kt->size == 4) return KeyKind::Word32;
    return KeyKind::Mem;
  }
  if (kt->kind == CSP_KIND_STRING) return KeyKind::Str;
  return KeyKind::Generic;
}

// ---- table operations (specialised per strategy) ---------------------------------------------

constexpr uint64_t kNotFound = ~uint64_t{0};

// The slot index of key q (hash h) in m's table (which must exist), or kNotFound.
template <class Ops>
uint64_t find(const Map* m, typename Ops::Q q, uint64_t h) {
  const uint8_t* ctrl = m->ctrl;
  uint8_t* slots = m->slots;
  uint64_t mask = m->mask, g = (h >> 7) & mask;
  uint8_t h2 = h2_of(h);
  // The slots of the first group, while the control word arrives: in a big table both miss
  // the cache, and the key compare needs the slot as soon as the control word matches.
  const uint8_t* first = slot_at(m, slots, g * kGroupSlots);
  __builtin_prefetch(first);
  __builtin_prefetch(first + 64);
  for (uint64_t step = 1;; step++) {
    uint64_t word = load64(ctrl + g * kGroupSlots);
    for (uint64_t bits = match_byte(word, h2); bits != 0; bits &= bits - 1) {
      uint64_t s = g * kGroupSlots + first_index(bits);
      if (Ops::eq(m, q, slot_at(m, slots, s))) return s;
    }
    if (match_empty(word) != 0) return kNotFound;
    g = (g + step) & mask;
  }
}

// Claims an empty slot for hash h in the table whose control bytes are ctrl: a table just
// built (room, no tombstones) that does not hold the key. Returns the slot's index.
inline uint64_t claim_empty(uint8_t* ctrl, uint64_t mask, uint64_t h) {
  uint64_t g = (h >> 7) & mask;
  for (uint64_t step = 1;; step++) {
    uint64_t empty = match_empty(load64(ctrl + g * kGroupSlots));
    if (empty != 0) {
      uint64_t s = g * kGroupSlots + first_index(empty);
      ctrl[s] = h2_of(h);
      return s;
    }
    g = (g + step) & mask;
  }
}

// Builds a new table (same size if tombstones are at least half of the capacity, else
// twice the size; one group if there is none yet) and moves the entries into it. The old
// table is left as it was, for iterators still walking it.
template <class Ops>
void rehash(Map* m) {
  Table* old = m->table;
  uint64_t n = 1;
  if (old != nullptr) {
    uint64_t ngroups = old->mask + 1;
    n = static_cast<uint64_t>(m->count) * 2 <= capacity_limit(ngroups) ? ngroups : ngroups * 2;
  }
  Table* t = alloc_table(m, n);
  if (old != nullptr) {
    uint8_t *octrl = m->ctrl, *oslots = m->slots, *nctrl = ctrl_of(t), *nslots = slots_of(t);
    for (uint64_t g = 0; g <= old->mask; g++) {
      for (uint64_t bits = match_full(load64(octrl + g * kGroupSlots)); bits != 0; bits &= bits - 1) {
        uint8_t* from = slot_at(m, oslots, g * kGroupSlots + first_index(bits));
        uint64_t h = Ops::hash(m, Ops::stored(m, from));  // stored keys hash without panicking
        std::memcpy(slot_at(m, nslots, claim_empty(nctrl, t->mask, h)), from, m->slot_size);
      }
    }
  }
  install_table(m, t);
}

template <class Ops>
void* assign(Map* m, const void* key) {
  typename Ops::Q q = Ops::query(m, key);
  uint64_t h = Ops::hash(m, q);  // may panic: before anything changes
  if (m->table == nullptr) rehash<Ops>(m);
  uint8_t* ctrl = m->ctrl;
  uint64_t mask = m->mask, g = (h >> 7) & mask;
  uint8_t h2 = h2_of(h);
  uint64_t free_slot = kNotFound;
  for (uint64_t step = 1;; step++) {
    uint64_t word = load64(ctrl + g * kGroupSlots);
    for (uint64_t bits = match_byte(word, h2); bits != 0; bits &= bits - 1) {
      uint8_t* slot = slot_at(m, m->slots, g * kGroupSlots + first_index(bits));
      if (Ops::eq(m, q, slot)) {
        if (Ops::kKeyUpdate) std::memcpy(slot, key, m->key_size);
        return slot + m->val_off;
      }
    }
    if (free_slot == kNotFound) {
      uint64_t f = match_free(word);
      if (f != 0) free_slot = g * kGroupSlots + first_index(f);
    }
    if (match_empty(word) != 0) break;
    g = (g + step) & mask;
  }
  // Absent: take the first free slot on the way, unless it is empty and the table is full.
  if (ctrl[free_slot] == kCtrlEmpty) {
    if (m->growth_left == 0) {
      rehash<Ops>(m);
      free_slot = claim_empty(m->ctrl, m->mask, h);
    } else {
      m->growth_left--;
    }
  }
  m->ctrl[free_slot] = h2;
  uint8_t* slot = slot_at(m, m->slots, free_slot);
  std::memcpy(slot, key, m->key_size);
  m->count++;
  return slot + m->val_off;
}

template <class Ops>
void* access(Map* m, const void* key) {
  typename Ops::Q q = Ops::query(m, key);
  uint64_t s = find<Ops>(m, q, Ops::hash(m, q));
  return s != kNotFound ? slot_at(m, m->slots, s) + m->val_off : nullptr;
}

template <class Ops>
void remove(Map* m, const void* key) {
  typename Ops::Q q = Ops::query(m, key);
  uint64_t s = find<Ops>(m, q, Ops::hash(m, q));
  if (s == kNotFound) return;
  std::memset(slot_at(m, m->slots, s), 0, m->slot_size);
  // An empty slot already in this group means no probe sequence ever went past it.
  if (match_empty(load64(m->ctrl + s / kGroupSlots * kGroupSlots)) != 0) {
    m->ctrl[s] = kCtrlEmpty;
    m->growth_left++;
  } else {
    m->ctrl[s] = kCtrlDeleted;
  }
  if (--m->count == 0) m->seed = fastrand64();
}

// For an iterator walking a replaced table: the current slot of the entry whose old slot is
// `old`, or NULL if it was deleted since. clear_seq: the map's clear count at iter_init.
template <class Ops>
uint8_t* relocate(Map* m, uint8_t* old, uint32_t clear_seq) {
  if (!Ops::kSelfEqual && !type_equal(m->key_type, old, old))
    return clear_seq == m->clear_seq ? old : nullptr;  // only clear removes such an entry
  if (m->count == 0) return nullptr;
  typename Ops::Q q = Ops::stored(m, old);
  uint64_t s = find<Ops>(m, q, Ops::hash(m, q));
  return s != kNotFound ? slot_at(m, m->slots, s) : nullptr;
}

// ---- iterators -------------------------------------------------------------------------------

// csp_map_iter.priv, as the iterator functions see it (copied in and out with memcpy).
struct IterState {
  Map* m;          // NULL: finished
  Table* t;        // the table being walked (kept alive by this reference)
  uint64_t pos;    // slots of the walk done: visit pos/8, slot pos%8 of that visit
  uint64_t start;  // visit k is group (start + (k ^ flip)) & mask: a permutation of the
  uint64_t flip;   // groups that stays local in memory (see kMaxFlip)
  uint32_t clear_seq;
  uint32_t perm;   // random bits: visit k permutes its group's slots by xor with 3 of them
                   // (bits 3(k%8) to 3(k%8)+2)
};
static_assert(sizeof(IterState) == sizeof(csp_map_iter::priv));

// flip < 8: the walk permutes groups within aligned runs of 8, so that it reads memory
// almost sequentially (a flip over all the bits makes ranges over big maps ~1.5x slower).
constexpr uint64_t kMaxFlip = 7;

inline unsigned slot_xor(uint32_t perm, uint64_t visit) { return (perm >> ((visit % 8) * 3)) & 7; }

// The bytes of w permuted so that byte j is byte j ^ x of w: three conditional swaps (of
// bytes, byte pairs, halves). Turns a group's full-slot mask into one in visiting order.
inline uint64_t permute_bytes(uint64_t w, unsigned x) {
  if (x & 1) w = ((w & 0x00ff00ff00ff00ffull) << 8) | ((w >> 8) & 0x00ff00ff00ff00ffull);
  if (x & 2) w = ((w & 0x0000ffff0000ffffull) << 16) | ((w >> 16) & 0x0000ffff0000ffffull);
  if (x & 4) w = (w << 32) | (w >> 32);
  return w;
}

}  // namespace

uint64_t map_capacity(const csp_map* cm) {
  const Map* m = reinterpret_cast<const Map*>(cm);
  return m == nullptr || m->table == nullptr ? 0 : (m->mask + 1) * kGroupSlots;
}

}  // namespace csp::rt

using namespace csp::rt;

extern "C" {

csp_map* csp_map_make(const csp_type* maptype, int64_t hint) {
  const csp_type* kt = maptype->key;
  const csp_type* vt = maptype->elem;
  auto* m = static_cast<Map*>(GC_MALLOC(sizeof(Map)));  // zeroed
  if (m == nullptr) out_of_memory();
  uint64_t align = 1;
  if (kt->align > align) align = kt->align;
  if (vt->align > align) align = vt->align;
  m->seed = fastrand64();
  m->key_type = kt;
  m->key_size = static_cast<uint32_t>(kt->size);
  m->val_off = static_cast<uint32_t>(round_up(kt->size, vt->align ? vt->align : 1));
  m->slot_size = static_cast<uint32_t>(round_up(m->val_off + vt->size, align));
  m->kind = key_kind_for(kt);
  m->atomic = ((kt->flags | vt->flags) & CSP_TF_POINTERS) == 0;
  // Room for hint entries without a rebuild (Go: a negative or absurd hint means none).
  if (hint > static_cast<int64_t>(capacity_limit(1)) &&
      static_cast<uint64_t>(hint) <= kMaxTableBytes / (m->slot_size + 1)) {
    uint64_t n = 1;
    while (capacity_limit(n) < static_cast<uint64_t>(hint)) n *= 2;
    install_table(m, alloc_table(m, n));
  }
  return reinterpret_cast<csp_map*>(m);
}

void* csp_map_access(const csp_type* maptype, csp_map* cm, const void* key) {
  Map* m = as_map(cm);
  if (m == nullptr || m->count == 0) {
    if (type_hash_may_panic(maptype->key)) (void)type_hash(maptype->key, key, 0);  // Go's mapKeyError
    return nullptr;
  }
  return with_ops(m->kind, [&](auto ops) { return access<decltype(ops)>(m, key); });
}

void* csp_map_assign(const csp_type* maptype, csp_map* cm, const void* key) {
  Map* m = as_map(cm);
  if (m == nullptr) csp_panic_nil_map();
  return with_ops(m->kind, [&](auto ops) { return assign<decltype(ops)>(m, key); });
}

void csp_map_delete(const csp_type* maptype, csp_map* cm, const void* key) {
  Map* m = as_map(cm);
  if (m == nullptr || m->count == 0) {
    if (type_hash_may_panic(maptype->key)) (void)type_hash(maptype->key, key, 0);
    return;
  }
  with_ops(m->kind, [&](auto ops) { remove<decltype(ops)>(m, key); });
}

void csp_map_clear(const csp_type* maptype, csp_map* cm) {
  Map* m = as_map(cm);
  if (m == nullptr) return;
  m->clear_seq++;
  if (m->table == nullptr) return;
  uint64_t ngroups = m->mask + 1;
  if (m->count != 0 || m->growth_left != static_cast<int64_t>(capacity_limit(ngroups))) {
    // Else it is all zero already.
    std::memset(m->ctrl, 0, ngroups * kGroupSlots);
    std::memset(m->slots, 0, ngroups * kGroupSlots * m->slot_size);
  }
  m->count = 0;
  m->growth_left = static_cast<int64_t>(capacity_limit(ngroups));
  m->seed = fastrand64();
}

void csp_map_iter_init(const csp_type* maptype, csp_map* cm, csp_map_iter* it) {
  Map* m = as_map(cm);
  IterState s{};
  it->key = nullptr;
  it->val = nullptr;
  if (m != nullptr && m->count != 0) {
    uint64_t r = fastrand64(), r2 = fastrand64();
    s.m = m;
    s.t = m->table;
    s.pos = 0;
    s.start = r & m->mask;
    s.flip = (r >> 32) & m->mask & kMaxFlip;
    s.clear_seq = m->clear_seq;
    s.perm = static_cast<uint32_t>(r2 >> 32);
  }
  std::memcpy(it->priv, &s, sizeof s);
}

bool csp_map_iter_next(csp_map_iter* it) {
  IterState s;
  std::memcpy(&s, it->priv, sizeof s);
  Map* m = s.m;
  if (m == nullptr) return false;
  Table* t = s.t;
  uint8_t *ctrl = ctrl_of(t), *slots = slots_of(t);
  uint64_t mask = t->mask, total = (mask + 1) * kGroupSlots;
  for (uint64_t pos = s.pos; pos < total; pos = (pos / kGroupSlots + 1) * kGroupSlots) {
    uint64_t visit = pos / kGroupSlots;
    uint64_t g = (s.start + (visit ^ s.flip)) & mask;
    unsigned x = slot_xor(s.perm, visit);
    // Bit 8j+7: the j-th slot of this visit (slot j ^ x) is full; those before pos are done.
    uint64_t todo = permute_bytes(match_full(load64(ctrl + g * kGroupSlots)), x) & (~uint64_t{0} << (pos % kGroupSlots * 8));
    for (; todo != 0; todo &= todo - 1) {
      unsigned j = first_index(todo);
      uint8_t* slot = slot_at(m, slots, g * kGroupSlots + (j ^ x));
      if (t != m->table) {  // replaced: the entry's current state is in the current table
        slot = with_ops(m->kind, [&](auto ops) { return relocate<decltype(ops)>(m, slot, s.clear_seq); });
        if (slot == nullptr) continue;
      }
      uint64_t next = visit * kGroupSlots + j + 1;
      std::memcpy(reinterpret_cast<uint8_t*>(it->priv) + offsetof(IterState, pos), &next, sizeof next);
      it->key = slot;
      it->val = slot + m->val_off;
      return true;
    }
  }
  s = IterState{};  // finished: drop the references to the map and the table
  std::memcpy(it->priv, &s, sizeof s);
  it->key = nullptr;
  it->val = nullptr;
  return false;
}

}  // extern "C"
