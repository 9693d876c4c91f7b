package evaluate

// Every test binary of the module takes the golden files' -update flag, so
// that go test ./... -update works from the top.
import _ "github.com/evalctl/evalctl/internal/golden"
