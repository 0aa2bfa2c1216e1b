// Package pgtest gives tests a real PostgreSQL: DSN hands each caller a fresh, empty database,
// dropped when its test ends.
//
// The server is the one $ERGON_TEST_POSTGRES names (a DSN of a role that may CREATE DATABASE;
// .ci/run sets it), or else a throwaway cluster that the test binary starts on first use from
// the PostgreSQL binaries on PATH or in /usr/lib/postgresql/*/bin (initdb in a temporary
// directory, unix socket there, TCP on a free loopback port, fsync on). When the test binary
// runs as root the cluster runs as the user postgres (or nobody), since PostgreSQL refuses
// root. The cluster dies with the test binary; call Stop (or use Main in TestMain) to also
// remove its files at once, else the next start removes them.
//
// With no server to be had, tests skip, loudly; under CI=true they fail instead.
package pgtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"net"
	"net/url"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// EnvServer names the variable holding the DSN of the server to create test databases on.
const EnvServer = "ERGON_TEST_POSTGRES"

var (
	mu      sync.Mutex
	srv     *server // nil until the first DSN, or after Stop
	srvErr  error   // why there is no server (sticky: one attempt per test binary)
	skipped sync.Once
)

// server is where DSN creates databases.
type server struct {
	admin   string              // DSN of a database to run CREATE/DROP DATABASE from
	withDB  func(string) string // the DSN of another database of the same server
	cluster *cluster            // nil for $ERGON_TEST_POSTGRES
}

// DSN returns the DSN of a new, empty database, dropped (connections and all) when t ends.
func DSN(t testing.TB) string {
	t.Helper()
	s, err := get()
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("pgtest: no PostgreSQL server under CI: %v", err)
		}
		skipped.Do(func() {
			fmt.Fprintf(os.Stderr, "pgtest: SKIPPING the PostgreSQL tests: %v\n"+
				"pgtest: set %s to the DSN of a role that may create databases, or install PostgreSQL (apt-get install -y postgresql)\n",
				err, EnvServer)
		})
		t.Skipf("pgtest: SKIPPED, no PostgreSQL server: %v", err)
	}

	name := "ergon_test_" + randomHex(8)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if err := adminExec(ctx, s.admin, "CREATE DATABASE "+pgx.Identifier{name}.Sanitize()+" TEMPLATE template0"); err != nil {
		t.Fatalf("pgtest: creating database %s: %v", name, err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		// FORCE (PostgreSQL 13) ends the connections a test left open. It refuses, unless the
		// role is a superuser or in pg_signal_backend, when an autovacuum worker happens to be
		// in the new database (its process has no role the test's role is a member of): such
		// a worker is done within moments, so try again.
		drop := "DROP DATABASE IF EXISTS " + pgx.Identifier{name}.Sanitize() + " WITH (FORCE)"
		for attempt := 1; ; attempt++ {
			err := adminExec(ctx, s.admin, drop)
			var pgErr *pgconn.PgError
			if err == nil {
				break
			}
			if errors.As(err, &pgErr) && pgErr.Code == "42501" && attempt < 50 && ctx.Err() == nil {
				time.Sleep(100 * time.Millisecond)
				continue
			}
			t.Errorf("pgtest: dropping database %s: %v", name, err)
			break
		}
	})
	return s.withDB(name)
}

// Main runs m, stops the cluster the tests may have started, and exits: for a TestMain.
func Main(m *testing.M) {
	code := m.Run()
	Stop()
	os.Exit(code)
}

// Stop stops the cluster that DSN started, if any, and removes its files. A later DSN starts
// a new one.
func Stop() {
	mu.Lock()
	defer mu.Unlock()
	if srv != nil && srv.cluster != nil {
		srv.cluster.stop()
		srv, srvErr = nil, nil
	}
}

func get() (*server, error) {
	mu.Lock()
	defer mu.Unlock()
	if srv != nil || srvErr != nil {
		return srv, srvErr
	}
	srv, srvErr = connect()
	return srv, srvErr
}

func connect() (*server, error) {
	if dsn := os.Getenv(EnvServer); dsn != "" {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if err := adminExec(ctx, dsn, "SELECT 1"); err != nil {
			return nil, fmt.Errorf("$%s: %w", EnvServer, err)
		}
		return &server{admin: dsn, withDB: func(db string) string { return withDatabase(dsn, db) }}, nil
	}
	c, err := startCluster()
	if err != nil {
		return nil, err
	}
	dsn := func(db string) string {
		return fmt.Sprintf("postgres://postgres@127.0.0.1:%d/%s?sslmode=disable", c.port, db)
	}
	return &server{admin: dsn("postgres"), withDB: dsn, cluster: c}, nil
}

// withDatabase is dsn with its database replaced by db.
func withDatabase(dsn, db string) string {
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		if u, err := url.Parse(dsn); err == nil {
			u.Path, u.RawPath = "/"+db, ""
			return u.String()
		}
	}
	return dsn + " dbname=" + db // key=value pairs: the last one wins
}

func adminExec(ctx context.Context, dsn, stmt string) error {
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		return err
	}
	defer conn.Close(context.Background())
	_, err = conn.Exec(ctx, stmt)
	return err
}

func randomHex(n int) string {
	b := make([]byte, n)
	rand.Read(b)
	return hex.EncodeToString(b)
}

// cluster is a PostgreSQL server this process started.
type cluster struct {
	dir    string
	port   int
	cmd    *exec.Cmd
	exited chan struct{} // closed when the postgres process has exited
	log    string
}

const clusterPrefix = "ergon-pgtest-"

// startCluster initialises and starts a cluster in a new temporary directory.
func startCluster() (*cluster, error) {
	bin, err := findBinaries()
	if err != nil {
		return nil, err
	}
	removeStale()
	dir, err := os.MkdirTemp("", clusterPrefix)
	if err != nil {
		return nil, err
	}
	c := &cluster{dir: dir, exited: make(chan struct{}), log: filepath.Join(dir, "postgres.log")}
	if err := c.start(bin); err != nil {
		c.stop()
		return nil, err
	}
	return c, nil
}

func (c *cluster) start(bin string) error {
	// The pid of the owner, for removeStale.
	if err := os.WriteFile(filepath.Join(c.dir, "owner.pid"), []byte(strconv.Itoa(os.Getpid())), 0o644); err != nil {
		return err
	}
	attr := &syscall.SysProcAttr{}
	if os.Geteuid() == 0 {
		// PostgreSQL refuses to run as root: run it as its own user, or nobody.
		cred, err := unprivileged()
		if err != nil {
			return err
		}
		if err := os.Chown(c.dir, int(cred.Uid), int(cred.Gid)); err != nil {
			return err
		}
		attr.Credential = cred
	}
	data := filepath.Join(c.dir, "data")
	initdb := exec.Command(filepath.Join(bin, "initdb"), "-D", data, "-U", "postgres",
		"--auth=trust", "--encoding=UTF8", "--locale=C", "--no-sync")
	initdb.Dir, initdb.SysProcAttr = c.dir, attr
	if out, err := initdb.CombinedOutput(); err != nil {
		return fmt.Errorf("initdb: %w\n%s", err, out)
	}

	port, err := freePort()
	if err != nil {
		return err
	}
	c.port = port
	logFile, err := os.Create(c.log)
	if err != nil {
		return err
	}
	defer logFile.Close()
	c.cmd = exec.Command(filepath.Join(bin, "postgres"), "-D", data, "-k", c.dir, "-p", strconv.Itoa(port),
		"-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200")
	c.cmd.Dir, c.cmd.Stdout, c.cmd.Stderr = c.dir, logFile, logFile
	// The cluster dies with the test binary, however that ends: SIGQUIT (immediate
	// shutdown) when the thread that started it dies, which LockOSThread makes the end of
	// the goroutine below, which lasts as long as postgres.
	attr.Pdeathsig = syscall.SIGQUIT
	c.cmd.SysProcAttr = attr
	started := make(chan error)
	go func() {
		runtime.LockOSThread()
		if err := c.cmd.Start(); err != nil {
			started <- err
			return
		}
		started <- nil
		c.cmd.Wait()
		close(c.exited)
	}()
	if err := <-started; err != nil {
		close(c.exited)
		return fmt.Errorf("starting postgres: %w", err)
	}

	deadline := time.Now().Add(60 * time.Second)
	dsn := fmt.Sprintf("postgres://postgres@127.0.0.1:%d/postgres?sslmode=disable&connect_timeout=2", port)
	for {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		err := adminExec(ctx, dsn, "SELECT 1")
		cancel()
		if err == nil {
			return nil
		}
		select {
		case <-c.exited:
			return fmt.Errorf("postgres exited: %s", c.logTail())
		default:
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("postgres did not answer within 60 s: %v; %s", err, c.logTail())
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func (c *cluster) logTail() string {
	b, _ := os.ReadFile(c.log)
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	return "end of its log:\n" + strings.Join(lines[max(0, len(lines)-15):], "\n")
}

// stop shuts the cluster down (fast shutdown, then SIGKILL after 10 s) and removes its files.
func (c *cluster) stop() {
	if c.cmd != nil && c.cmd.Process != nil {
		c.cmd.Process.Signal(syscall.SIGINT)
		select {
		case <-c.exited:
		case <-time.After(10 * time.Second):
			c.cmd.Process.Kill()
			<-c.exited
		}
	}
	os.RemoveAll(c.dir)
}

// findBinaries returns the directory of initdb and postgres: PATH's, else the newest
// /usr/lib/postgresql/<version>/bin (Debian keeps them off PATH).
func findBinaries() (string, error) {
	if p, err := exec.LookPath("initdb"); err == nil {
		if p, err := filepath.EvalSymlinks(p); err == nil {
			dir := filepath.Dir(p)
			if _, err := os.Stat(filepath.Join(dir, "postgres")); err == nil {
				return dir, nil
			}
		}
	}
	dirs, _ := filepath.Glob("/usr/lib/postgresql/*/bin")
	slices.SortFunc(dirs, func(a, b string) int {
		va, _ := strconv.Atoi(filepath.Base(filepath.Dir(a)))
		vb, _ := strconv.Atoi(filepath.Base(filepath.Dir(b)))
		return vb - va
	})
	for _, dir := range dirs {
		if _, err := os.Stat(filepath.Join(dir, "initdb")); err == nil {
			return dir, nil
		}
	}
	return "", errors.New("no initdb on PATH nor in /usr/lib/postgresql/*/bin")
}

// unprivileged is the user to run PostgreSQL as when we are root.
func unprivileged() (*syscall.Credential, error) {
	for _, name := range []string{"postgres", "nobody"} {
		u, err := user.Lookup(name)
		if err != nil {
			continue
		}
		uid, err1 := strconv.ParseUint(u.Uid, 10, 32)
		gid, err2 := strconv.ParseUint(u.Gid, 10, 32)
		if err1 != nil || err2 != nil {
			continue
		}
		return &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid), NoSetGroups: false}, nil
	}
	return nil, errors.New("running as root, and there is no postgres nor nobody user to run PostgreSQL as")
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// removeStale removes the clusters of test binaries that are gone (killed, or that did not
// call Stop); their postgres died with them.
func removeStale() {
	dirs, _ := filepath.Glob(filepath.Join(os.TempDir(), clusterPrefix+"*"))
	for _, dir := range dirs {
		b, err := os.ReadFile(filepath.Join(dir, "owner.pid"))
		if err != nil {
			continue
		}
		pid, err := strconv.Atoi(strings.TrimSpace(string(b)))
		if err != nil || pid <= 0 {
			continue
		}
		if err := syscall.Kill(pid, 0); errors.Is(err, syscall.ESRCH) {
			os.RemoveAll(dir)
		}
	}
}
