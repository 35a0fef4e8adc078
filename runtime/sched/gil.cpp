// runtime/sched/gil.cpp: the GIL of `csp run --gil` (gil.h has the rules and who may call
// what; docs/gil.md the whole story): take_gil and drop_gil of CPython's ceval_gil.c, the
// statistics of --gil-stats and their report at exit.
//
// Invariants:
//  - locked is true exactly while some GilThread's holds is true (both change under mu, the
//    holder's flag on its own thread).
//  - last_holder is the thread that took the GIL last (it changes only in take, under mu and
//    switch_mu); switch_number counts its changes.
//  - A drop request is set only on the current holder (last_holder while locked) and only by
//    a waiter whose full interval passed with no switch; the owner clears its own.
#include "runtime/sched/gil.h"

#include "runtime/output.h"
#include "runtime/sched/sched.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <pthread.h>
#include <string>
#include <unistd.h>

namespace csp::rt {

bool g_gil_enabled = false;

namespace {

struct Gil {
  pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
  pthread_cond_t cond;  // CLOCK_MONOTONIC (gil_configure)
  pthread_mutex_t switch_mu = PTHREAD_MUTEX_INITIALIZER;
  pthread_cond_t switch_cond = PTHREAD_COND_INITIALIZER;
  bool cond_ready = false;
  std::atomic<bool> locked{false};
  std::atomic<GilThread*> last_holder{nullptr};
  std::atomic<uint64_t> switch_number{0};
  bool last_drop_forced = false;  // the last drop answered a request (mu)
  std::atomic<int64_t> interval_ns{kDefaultSwitchInterval};
  // Statistics (relaxed: counted under mu, or by one thread at a time).
  std::atomic<uint64_t> forced_switches{0};
  std::atomic<uint64_t> voluntary_switches{0};
  std::atomic<uint64_t> drop_requests{0};
  std::atomic<uint64_t> keeps{0};
};

Gil gil;

// The report's settings and the run's start (written before the run).
bool g_report = false;
std::string g_stats_file;
int64_t g_wall_start = 0;
int64_t g_cpu_start = 0;
std::atomic<bool> g_reported{false};

int64_t mono_now() {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return static_cast<int64_t>(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

int64_t cpu_now() {
  timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<int64_t>(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// An absolute CLOCK_MONOTONIC deadline ns from now (saturating: an interval of hours is a
// legal setting).
timespec deadline_in(int64_t ns) {
  int64_t now = mono_now();
  int64_t at = ns > INT64_MAX - now ? INT64_MAX : now + ns;
  return timespec{static_cast<time_t>(at / 1000000000), static_cast<long>(at % 1000000000)};
}

// A waiter's request to the holder h (mu held): the bit, then the poison (the order
// preempt_check and run_g rely on: whoever restores the real guard reads the bit afterwards).
void request_drop_locked(GilThread* h) {
  h->request_at.store(mono_now(), std::memory_order_relaxed);
  h->drop_request.store(1, std::memory_order_seq_cst);
  if (std::atomic<uintptr_t>* slot = h->guard_slot.load(std::memory_order_acquire))
    slot->store(kStackPoison, std::memory_order_seq_cst);
  gil.drop_requests.fetch_add(1, std::memory_order_relaxed);
}

}  // namespace

// ---- the histogram ----

int GilHistogram::bucket(int64_t ns) {
  if (ns < 4) return ns < 0 ? 0 : static_cast<int>(ns);
  auto v = static_cast<uint64_t>(ns);
  int e = 63 - __builtin_clzll(v);  // >= 2
  int sub = static_cast<int>((v >> (e - 2)) & 3);
  return e * kSub + sub;
}

int64_t GilHistogram::bucket_mid(int b) {
  if (b < 8) return b;  // exact below 4 (buckets 4..7 are unused: values >= 4 start at 8)
  int e = b / kSub, sub = b % kSub;
  uint64_t lo = static_cast<uint64_t>(4 + sub) << (e - 2);
  uint64_t width = uint64_t{1} << (e - 2);
  return static_cast<int64_t>(lo + width / 2);
}

void GilHistogram::add(int64_t ns) {
  if (ns < 0) ns = 0;
  std::atomic<uint64_t>& c = counts[bucket(ns)];
  c.store(c.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
  n.store(n.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
  sum.store(sum.load(std::memory_order_relaxed) + ns, std::memory_order_relaxed);
  if (ns > max.load(std::memory_order_relaxed)) max.store(ns, std::memory_order_relaxed);
}

void GilHistogram::merge_into(GilHistogram* t) const {
  for (int i = 0; i < kBuckets; i++)
    t->counts[i].store(t->counts[i].load(std::memory_order_relaxed) + counts[i].load(std::memory_order_relaxed),
                       std::memory_order_relaxed);
  t->n.store(t->n.load(std::memory_order_relaxed) + n.load(std::memory_order_relaxed), std::memory_order_relaxed);
  t->sum.store(t->sum.load(std::memory_order_relaxed) + sum.load(std::memory_order_relaxed), std::memory_order_relaxed);
  t->max.store(std::max(t->max.load(std::memory_order_relaxed), max.load(std::memory_order_relaxed)),
               std::memory_order_relaxed);
}

int64_t GilHistogram::quantile(double q) const {
  uint64_t total = 0;
  for (int i = 0; i < kBuckets; i++) total += counts[i].load(std::memory_order_relaxed);
  if (total == 0) return 0;
  // The smallest value with at least q of the samples at or below it (nearest rank).
  auto rank = static_cast<uint64_t>(std::ceil(q * static_cast<double>(total)));
  if (rank < 1) rank = 1;
  uint64_t seen = 0;
  for (int i = 0; i < kBuckets; i++) {
    seen += counts[i].load(std::memory_order_relaxed);
    if (seen >= rank) return std::min(bucket_mid(i), max.load(std::memory_order_relaxed));
  }
  return max.load(std::memory_order_relaxed);
}

// ---- configuration ----

void gil_configure(bool on) {
  if (!gil.cond_ready) {
    pthread_condattr_t attr;
    pthread_condattr_init(&attr);
    pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
    pthread_cond_init(&gil.cond, &attr);
    pthread_condattr_destroy(&attr);
    gil.cond_ready = true;
  }
  g_gil_enabled = on;
}

void gil_set_interval(int64_t ns) {
  if (ns > 0) gil.interval_ns.store(ns, std::memory_order_relaxed);
}

int64_t gil_interval() { return gil.interval_ns.load(std::memory_order_relaxed); }

// ---- take_gil / drop_gil ----

void gil_take(GilThread* t) {
  pthread_mutex_lock(&gil.mu);
  int64_t wait_start = 0;
  if (gil.locked.load(std::memory_order_relaxed)) {
    wait_start = mono_now();
    while (gil.locked.load(std::memory_order_relaxed)) {
      uint64_t saved = gil.switch_number.load(std::memory_order_relaxed);
      // (CPython waits at least 1 us: an interval of 1 ns is a legal setting.)
      timespec at = deadline_in(std::max<int64_t>(gil.interval_ns.load(std::memory_order_relaxed), 1000));
      int rc = pthread_cond_timedwait(&gil.cond, &gil.mu, &at);
      if (rc == ETIMEDOUT && gil.locked.load(std::memory_order_relaxed) &&
          gil.switch_number.load(std::memory_order_relaxed) == saved) {
        if (GilThread* h = gil.last_holder.load(std::memory_order_relaxed)) request_drop_locked(h);
      }
    }
  }
  pthread_mutex_lock(&gil.switch_mu);
  gil.locked.store(true, std::memory_order_relaxed);
  if (gil.last_holder.load(std::memory_order_relaxed) != t) {
    bool first = gil.last_holder.load(std::memory_order_relaxed) == nullptr;
    gil.last_holder.store(t, std::memory_order_relaxed);
    gil.switch_number.fetch_add(1, std::memory_order_relaxed);
    if (!first) (gil.last_drop_forced ? gil.forced_switches : gil.voluntary_switches).fetch_add(1, std::memory_order_relaxed);
  }
  pthread_cond_signal(&gil.switch_cond);
  pthread_mutex_unlock(&gil.switch_mu);
  // 3.13: the new holder clears only its own request (one left from a drop that found the
  // GIL already taken, or set just before it was handed back).
  t->drop_request.store(0, std::memory_order_relaxed);
  pthread_mutex_unlock(&gil.mu);
  int64_t now = mono_now();
  GilStats* st = t->stats.load(std::memory_order_relaxed);
  if (st == nullptr) t->stats.store(st = new GilStats(), std::memory_order_release);
  if (wait_start != 0) st->wait.add(now - wait_start);
  t->holds = true;
  t->taken_at = now;
  t->held_since.store(now, std::memory_order_relaxed);
}

void gil_drop(GilThread* t) {
  int64_t now = mono_now();
  GilStats* st = t->stats.load(std::memory_order_relaxed);
  st->hold.add(now - t->taken_at);
  st->held_ns.store(st->held_ns.load(std::memory_order_relaxed) + (now - t->taken_at), std::memory_order_relaxed);
  bool requested = t->drop_request.load(std::memory_order_seq_cst) != 0;
  if (requested) st->poll.add(now - t->request_at.load(std::memory_order_relaxed));
  pthread_mutex_lock(&gil.mu);
  gil.last_drop_forced = requested;
  gil.locked.store(false, std::memory_order_relaxed);
  t->holds = false;
  t->held_since.store(0, std::memory_order_relaxed);
  pthread_cond_signal(&gil.cond);
  pthread_mutex_unlock(&gil.mu);
  if (!requested) return;
  // FORCE_SWITCHING: not switched yet => wait, once (a spurious wake-up ends it too).
  pthread_mutex_lock(&gil.switch_mu);
  if (gil.last_holder.load(std::memory_order_relaxed) == t) {
    t->drop_request.store(0, std::memory_order_relaxed);
    pthread_cond_wait(&gil.switch_cond, &gil.switch_mu);
  }
  pthread_mutex_unlock(&gil.switch_mu);
}

void gil_count_keep() { gil.keeps.fetch_add(1, std::memory_order_relaxed); }

GilCounts gil_counts() {
  return GilCounts{gil.forced_switches.load(std::memory_order_relaxed),
                   gil.voluntary_switches.load(std::memory_order_relaxed),
                   gil.drop_requests.load(std::memory_order_relaxed)};
}

// ---- the report ----

void gil_set_stats(bool report, const char* stats_file) {
  g_report = report;
  g_stats_file = stats_file ? stats_file : "";
}

void gil_run_started() {
  g_wall_start = mono_now();
  g_cpu_start = cpu_now();
}

namespace {

// A duration as Go's Duration.String writes it, to 3 significant digits: "812ns", "4.98ms",
// "1.23s" ("µs" as Go spells it).
std::string fmt_dur(int64_t ns) {
  char buf[32];
  double v = static_cast<double>(ns);
  const char* unit = "ns";
  if (ns >= 1000000000) {
    v /= 1e9;
    unit = "s";
  } else if (ns >= 1000000) {
    v /= 1e6;
    unit = "ms";
  } else if (ns >= 1000) {
    v /= 1e3;
    unit = "\xc2\xb5s";
  } else {
    snprintf(buf, sizeof buf, "%lldns", static_cast<long long>(ns));
    return buf;
  }
  int prec = v >= 100 ? 0 : v >= 10 ? 1 : 2;
  snprintf(buf, sizeof buf, "%.*f%s", prec, v, unit);
  return buf;
}

struct Totals {
  GilHistogram hold, wait, poll, retake;
  int64_t held_ns = 0;
};

void add_thread(GilThread* t, void* arg) {
  auto* tot = static_cast<Totals*>(arg);
  GilStats* st = t->stats.load(std::memory_order_acquire);
  if (st == nullptr) return;  // (never took the GIL)
  st->hold.merge_into(&tot->hold);
  st->wait.merge_into(&tot->wait);
  st->poll.merge_into(&tot->poll);
  st->retake.merge_into(&tot->retake);
  int64_t held = st->held_ns.load(std::memory_order_relaxed);
  // A holder at exit (goroutine 1 returning holds it): its hold so far counts as one.
  if (int64_t since = t->held_since.load(std::memory_order_relaxed); since != 0) {
    int64_t now = mono_now();
    held += now - since;
    tot->hold.add(now - since);
  }
  tot->held_ns += held;
}

std::string hist_line(const char* name, const GilHistogram& h) {
  char buf[200];
  uint64_t n = h.n.load(std::memory_order_relaxed);
  if (n == 0) {
    snprintf(buf, sizeof buf, "  %-22s n=0\n", name);
    return buf;
  }
  snprintf(buf, sizeof buf, "  %-22s n=%-7llu p50 %-8s p99 %-8s max %s\n", name, static_cast<unsigned long long>(n),
           fmt_dur(h.quantile(0.50)).c_str(), fmt_dur(h.quantile(0.99)).c_str(),
           fmt_dur(h.max.load(std::memory_order_relaxed)).c_str());
  return buf;
}

void hist_keys(std::string& out, const char* key, const GilHistogram& h) {
  char buf[200];
  snprintf(buf, sizeof buf, "%s_n %llu\n%s_p50_ns %lld\n%s_p99_ns %lld\n%s_max_ns %lld\n", key,
           static_cast<unsigned long long>(h.n.load(std::memory_order_relaxed)), key,
           static_cast<long long>(h.quantile(0.50)), key, static_cast<long long>(h.quantile(0.99)), key,
           static_cast<long long>(h.max.load(std::memory_order_relaxed)));
  out += buf;
}

}  // namespace

void gil_report() {
  if (!g_report && g_stats_file.empty()) return;
  if (g_reported.exchange(true)) return;
  int64_t wall = mono_now() - g_wall_start;
  int64_t cpu = cpu_now() - g_cpu_start;
  Totals tot;
  if (g_gil_enabled) for_each_gil_thread(add_thread, &tot);
  double held_pct = wall > 0 ? 100.0 * static_cast<double>(tot.held_ns) / static_cast<double>(wall) : 0;
  uint64_t forced = gil.forced_switches.load(std::memory_order_relaxed);
  uint64_t voluntary = gil.voluntary_switches.load(std::memory_order_relaxed);
  uint64_t requests = gil.drop_requests.load(std::memory_order_relaxed);
  if (!g_stats_file.empty()) {
    std::string kv;
    char buf[256];
    snprintf(buf, sizeof buf,
             "gil %d\ninterval_ns %lld\nwall_ns %lld\ncpu_ns %lld\nheld_ns %lld\nforced_switches %llu\n"
             "voluntary_switches %llu\ndrop_requests %llu\nkeeps %llu\n",
             g_gil_enabled ? 1 : 0, static_cast<long long>(gil_interval()), static_cast<long long>(wall),
             static_cast<long long>(cpu), static_cast<long long>(tot.held_ns), static_cast<unsigned long long>(forced),
             static_cast<unsigned long long>(voluntary), static_cast<unsigned long long>(requests),
             static_cast<unsigned long long>(gil.keeps.load(std::memory_order_relaxed)));
    kv += buf;
    hist_keys(kv, "hold", tot.hold);
    hist_keys(kv, "wait", tot.wait);
    hist_keys(kv, "poll", tot.poll);
    hist_keys(kv, "retake", tot.retake);
    int fd = open(g_stats_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd >= 0) {
      (void)write_all(fd, kv.data(), kv.size());
      close(fd);
    }
  }
  if (!g_report) return;
  std::string r = "--- csp gil-stats ---\n";
  char buf[256];
  snprintf(buf, sizeof buf, "  %-22s %s\n  %-22s %s (%.2f x wall)\n", "wall", fmt_dur(wall).c_str(), "cpu",
           fmt_dur(cpu).c_str(), wall > 0 ? static_cast<double>(cpu) / static_cast<double>(wall) : 0.0);
  r += buf;
  if (!g_gil_enabled) {
    r += "  gil                    off\n";
    err_write(r);
    return;
  }
  snprintf(buf, sizeof buf,
           "  %-22s on, switch interval %s\n  %-22s %.1f%% of wall\n  %-22s %llu (forced %llu, voluntary %llu)\n"
           "  %-22s %llu\n  %-22s %llu\n",
           "gil", fmt_dur(gil_interval()).c_str(), "held", held_pct, "switches",
           static_cast<unsigned long long>(forced + voluntary), static_cast<unsigned long long>(forced),
           static_cast<unsigned long long>(voluntary), "drop requests", static_cast<unsigned long long>(requests),
           "kept across goroutines", static_cast<unsigned long long>(gil.keeps.load(std::memory_order_relaxed)));
  r += buf;
  r += hist_line("hold", tot.hold);
  r += hist_line("wait", tot.wait);
  r += hist_line("request to drop", tot.poll);
  r += hist_line("retake after block", tot.retake);
  err_write(r);
}

}  // namespace csp::rt
