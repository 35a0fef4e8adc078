// tools/csp/compare.cpp: `csp run --compare` (compare.h; docs/gil.md).
//
// Each run is a child process of this binary (`csp run [flags] [--gil] -- file args`), with
// its stdout and stderr captured and CSP_GIL removed from its environment (the first run is
// without the GIL whatever the caller's environment says). Standard input, when it is not a
// terminal, is read once into a temporary file that both children read; a terminal is
// inherited (the first run reads what is typed). Each child writes its figures (wall and CPU
// time from main's start to its exit, the GIL's counters and percentiles) as `key value`
// lines to a temporary file named by CSP_GIL_STATS_FILE (runtime/sched/gil.cpp). The runs are
// sequential, so each has the machine to itself.
//
// The outputs agree when the exit statuses are equal and so is standard output, less the
// lines that a program measuring itself prints and that differ from run to run by nature:
// bench/run.py's measurement lines, `<key>_ns: <number>` and `speedup: <number>` (the
// benchmarks print them; see bench/run.py). Standard error is not compared (a panic's trace
// names addresses and goroutine ids).
#include "tools/csp/compare.h"

#include "tools/csp/duration.h"

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <map>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace csp::driver {

namespace {

struct ChildRun {
  bool started = false;
  int status = -1;  // exit code, or 128 + signal
  std::string out, err;
  std::map<std::string, double> stats;  // empty: the program never ran (it did not compile)
};

// bench/run.py's MEASURE: ^([a-z][a-z0-9_]*_ns|speedup): (-?[0-9]+(\.[0-9]+)?)$
bool isMeasurementLine(const std::string& l) {
  size_t colon = l.find(": ");
  if (colon == std::string::npos || colon == 0) return false;
  std::string key = l.substr(0, colon), num = l.substr(colon + 2);
  bool keyOk = key == "speedup";
  if (!keyOk && key.size() > 3 && key.compare(key.size() - 3, 3, "_ns") == 0 && key[0] >= 'a' && key[0] <= 'z') {
    keyOk = true;
    for (char c : key)
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) keyOk = false;
  }
  if (!keyOk) return false;
  size_t i = num[0] == '-' ? 1 : 0, digits = 0;
  while (i < num.size() && num[i] >= '0' && num[i] <= '9') i++, digits++;
  if (digits == 0) return false;
  if (i < num.size() && num[i] == '.') {
    size_t frac = 0;
    for (i++; i < num.size() && num[i] >= '0' && num[i] <= '9'; i++) frac++;
    if (frac == 0) return false;
  }
  return i == num.size();
}

// out without its measurement lines.
std::string comparable(const std::string& out) {
  std::string kept;
  size_t at = 0;
  while (at < out.size()) {
    size_t nl = out.find('\n', at);
    size_t end = nl == std::string::npos ? out.size() : nl + 1;
    std::string line = out.substr(at, end - at);
    std::string bare = line.back() == '\n' ? line.substr(0, line.size() - 1) : line;
    if (!isMeasurementLine(bare)) kept += line;
    at = end;
  }
  return kept;
}

std::string selfPath() {
  char buf[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (n <= 0) return "/proc/self/exe";
  return std::string(buf, static_cast<size_t>(n));
}

std::string tempFile(const char* what) {
  const char* dir = getenv("TMPDIR");
  std::string tmpl = std::string(dir && *dir ? dir : "/tmp") + "/csp-compare-" + what + "-XXXXXX";
  std::vector<char> buf(tmpl.begin(), tmpl.end());
  buf.push_back('\0');
  int fd = mkstemp(buf.data());
  if (fd < 0) return "";
  close(fd);
  return buf.data();
}

// Copies standard input into a temporary file; "" on failure.
std::string slurpStdin() {
  std::string path = tempFile("stdin");
  if (path.empty()) return "";
  int fd = open(path.c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC);
  if (fd < 0) return "";
  char buf[65536];
  for (;;) {
    ssize_t n = read(0, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    for (ssize_t done = 0; done < n;) {
      ssize_t w = write(fd, buf + done, static_cast<size_t>(n - done));
      if (w < 0 && errno == EINTR) continue;
      if (w <= 0) {
        close(fd);
        return "";
      }
      done += w;
    }
  }
  close(fd);
  return path;
}

std::map<std::string, double> readStats(const std::string& path) {
  std::map<std::string, double> m;
  FILE* f = fopen(path.c_str(), "r");
  if (f == nullptr) return m;
  char key[64];
  double v;
  while (fscanf(f, "%63s %lf", key, &v) == 2) m[key] = v;
  fclose(f);
  return m;
}

// Reads both pipes to their ends (poll: a child that fills one while we block on the other
// would never finish).
void drain(int outFd, int errFd, std::string* out, std::string* err) {
  pollfd fds[2] = {{outFd, POLLIN, 0}, {errFd, POLLIN, 0}};
  std::string* dst[2] = {out, err};
  int open = 2;
  char buf[65536];
  while (open > 0) {
    if (poll(fds, 2, -1) < 0) {
      if (errno == EINTR) continue;
      break;
    }
    for (int i = 0; i < 2; i++) {
      if (fds[i].fd < 0 || fds[i].revents == 0) continue;
      ssize_t n = read(fds[i].fd, buf, sizeof buf);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) {
        close(fds[i].fd);
        fds[i].fd = -1;
        open--;
        continue;
      }
      dst[i]->append(buf, static_cast<size_t>(n));
    }
  }
}

ChildRun runChild(const CompareArgs& a, bool gil, const std::string& stdinPath) {
  ChildRun r;
  std::string statsPath = tempFile("stats");
  if (statsPath.empty()) {
    r.err = "csp: --compare: cannot create a temporary file\n";
    return r;
  }
  std::string self = selfPath();
  std::vector<std::string> args = {self, "run"};
  args.insert(args.end(), a.runFlags.begin(), a.runFlags.end());
  if (gil) {
    args.push_back("--gil");
    if (a.switchIntervalNs > 0) args.push_back("--switch-interval=" + std::to_string(a.switchIntervalNs) + "ns");
  }
  args.push_back("--");
  args.push_back(a.file);
  args.insert(args.end(), a.progArgs.begin(), a.progArgs.end());
  std::vector<char*> argv;
  for (std::string& s : args) argv.push_back(s.data());
  argv.push_back(nullptr);

  std::vector<std::string> envs;
  for (char** e = environ; *e; e++) {
    if (strncmp(*e, "CSP_GIL=", 8) == 0) continue;
    if (strncmp(*e, kStatsFileVar, strlen(kStatsFileVar)) == 0 && (*e)[strlen(kStatsFileVar)] == '=') continue;
    envs.emplace_back(*e);
  }
  envs.push_back(std::string(kStatsFileVar) + "=" + statsPath);
  std::vector<char*> envp;
  for (std::string& s : envs) envp.push_back(s.data());
  envp.push_back(nullptr);

  int po[2], pe[2];
  if (pipe2(po, O_CLOEXEC) != 0) return r;
  if (pipe2(pe, O_CLOEXEC) != 0) {
    close(po[0]);
    close(po[1]);
    return r;
  }
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  if (!stdinPath.empty()) posix_spawn_file_actions_addopen(&fa, 0, stdinPath.c_str(), O_RDONLY, 0);
  posix_spawn_file_actions_adddup2(&fa, po[1], 1);
  posix_spawn_file_actions_adddup2(&fa, pe[1], 2);
  pid_t pid = -1;
  int rc = posix_spawn(&pid, self.c_str(), &fa, nullptr, argv.data(), envp.data());
  posix_spawn_file_actions_destroy(&fa);
  close(po[1]);
  close(pe[1]);
  if (rc != 0) {
    close(po[0]);
    close(pe[0]);
    unlink(statsPath.c_str());
    r.err = std::string("csp: --compare: cannot start ") + self + ": " + strerror(rc) + "\n";
    return r;
  }
  r.started = true;
  drain(po[0], pe[0], &r.out, &r.err);
  int st = 0;
  while (waitpid(pid, &st, 0) < 0 && errno == EINTR) {
  }
  r.status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
  r.stats = readStats(statsPath);
  unlink(statsPath.c_str());
  return r;
}

double stat(const ChildRun& r, const char* key) {
  auto it = r.stats.find(key);
  return it == r.stats.end() ? 0 : it->second;
}

std::string dur(const ChildRun& r, const char* key) {
  return formatShortDuration(static_cast<int64_t>(stat(r, key)));
}

std::string fmt(const char* f, double v) {
  char buf[64];
  snprintf(buf, sizeof buf, f, v);
  return buf;
}

std::string hist(const ChildRun& r, const std::string& key) {
  if (stat(r, (key + "_n").c_str()) == 0) return "none";
  return dur(r, (key + "_p50_ns").c_str()) + " / " + dur(r, (key + "_p99_ns").c_str()) + " / " +
         dur(r, (key + "_max_ns").c_str());
}

// Display width of a UTF-8 string (the table has "µs").
size_t width(const std::string& s) {
  size_t w = 0;
  for (unsigned char c : s) w += (c & 0xC0) != 0x80;
  return w;
}

std::string pad(const std::string& s, size_t w) { return s + std::string(w > width(s) ? w - width(s) : 0, ' '); }

std::string table(const ChildRun& no, const ChildRun& gil) {
  double wallNo = stat(no, "wall_ns"), wallGil = stat(gil, "wall_ns");
  double cpuNo = stat(no, "cpu_ns"), cpuGil = stat(gil, "cpu_ns");
  std::string iv = formatGoDuration(static_cast<int64_t>(stat(gil, "interval_ns")));
  struct Row {
    std::string label, a, b;
  };
  std::vector<Row> rows = {
      {"", "no GIL", "--gil (" + iv + ")"},
      {"wall", dur(no, "wall_ns"), dur(gil, "wall_ns")},
      {"CPU", dur(no, "cpu_ns"), dur(gil, "cpu_ns")},
      {"CPU/wall", fmt("%.2f", wallNo > 0 ? cpuNo / wallNo : 0), fmt("%.2f", wallGil > 0 ? cpuGil / wallGil : 0)},
      {"speedup without the GIL", fmt("%.2fx", wallNo > 0 ? wallGil / wallNo : 0), "1.00x"},
      {"GIL held", "-", fmt("%.1f%% of wall", wallGil > 0 ? 100 * stat(gil, "held_ns") / wallGil : 0)},
      {"switches forced/voluntary", "-",
       fmt("%.0f", stat(gil, "forced_switches")) + " / " + fmt("%.0f", stat(gil, "voluntary_switches"))},
      {"drop requests", "-", fmt("%.0f", stat(gil, "drop_requests"))},
      {"hold p50/p99/max", "-", hist(gil, "hold")},
      {"wait p50/p99/max", "-", hist(gil, "wait")},
      {"request to drop p50/p99/max", "-", hist(gil, "poll")},
      {"retake after block p50/p99/max", "-", hist(gil, "retake")},
  };
  size_t w0 = 0, w1 = 0;
  for (const Row& r : rows) {
    w0 = std::max(w0, width(r.label));
    w1 = std::max(w1, width(r.a));
  }
  std::string t;
  for (const Row& r : rows) t += "  " + pad(r.label, w0) + "  " + pad(r.a, w1) + "  " + r.b + "\n";
  t += "  (wall and CPU: from main's start to the exit; compiling is not counted)\n";
  return t;
}

void writeAll(int fd, const std::string& s) {
  for (size_t done = 0; done < s.size();) {
    ssize_t n = write(fd, s.data() + done, s.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return;
    done += static_cast<size_t>(n);
  }
}

}  // namespace

int runCompare(const CompareArgs& a) {
  std::string stdinPath;
  if (!isatty(0)) {
    stdinPath = slurpStdin();
    if (stdinPath.empty()) {
      std::fprintf(stderr, "csp: --compare: cannot copy standard input to a temporary file\n");
      return 1;
    }
  }
  ChildRun no = runChild(a, false, stdinPath);
  if (!no.started || no.stats.empty()) {
    // It did not start, or did not compile (the diagnostics are in its stderr): nothing to
    // compare.
    writeAll(1, no.out);
    writeAll(2, no.err);
    if (!stdinPath.empty()) unlink(stdinPath.c_str());
    return no.started && no.status != 0 ? no.status : 1;
  }
  ChildRun gil = runChild(a, true, stdinPath);
  if (!stdinPath.empty()) unlink(stdinPath.c_str());
  writeAll(1, no.out);
  writeAll(2, no.err);
  std::string report;
  bool agree = gil.started && comparable(no.out) == comparable(gil.out) && no.status == gil.status;
  if (agree) {
    report = "csp run --compare: outputs agree (same standard output, exit status " + std::to_string(no.status) +
             (no.out != gil.out ? "; measurement lines differ" : "") + ")\n";
  } else {
    report = "csp run --compare: outputs DIFFER: without the GIL exit status " + std::to_string(no.status) + ", " +
             std::to_string(no.out.size()) + " bytes of output; with it exit status " + std::to_string(gil.status) +
             ", " + std::to_string(gil.out.size()) + " bytes. With the GIL it printed:\n" + gil.out;
    if (!gil.out.empty() && gil.out.back() != '\n') report += "\n";
    if (!gil.err.empty()) report += "and on standard error:\n" + gil.err;
  }
  if (gil.stats.empty()) report += "  (the run with the GIL left no figures)\n";
  else report += table(no, gil);
  writeAll(2, report);
  return agree ? no.status : 1;
}

}  // namespace csp::driver
