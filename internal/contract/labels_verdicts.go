package contract

import "github.com/evalctl/evalctl/internal/msg"

// Items of the 审计 sheet that lock the rules and list the warnings.
var (
	ItemWarning = Label{Key: msg.ItemWarning}
)
