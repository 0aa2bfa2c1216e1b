package market

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestOpenAPIRoutes: openapi.yaml describes exactly the routes the handler serves.
func TestOpenAPIRoutes(t *testing.T) {
	var described []string
	path := ""
	pathRE := regexp.MustCompile(`^  (/v1/\S*):$`)
	methodRE := regexp.MustCompile(`^    (get|post|put|delete|patch):$`)
	for _, line := range strings.Split(string(OpenAPI), "\n") {
		if m := pathRE.FindStringSubmatch(line); m != nil {
			path = m[1]
		} else if m := methodRE.FindStringSubmatch(line); m != nil && path != "" {
			described = append(described, strings.ToUpper(m[1])+" "+path)
		} else if line == "components:" {
			break
		}
	}
	var served []string
	for r := range (&Market{}).routes() {
		served = append(served, r)
	}
	slices.Sort(described)
	slices.Sort(served)
	if !slices.Equal(described, served) {
		t.Errorf("openapi.yaml describes\n%s\nthe handler serves\n%s", strings.Join(described, "\n"), strings.Join(served, "\n"))
	}
}
