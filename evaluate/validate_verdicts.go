package evaluate

// safeguards checks the rules that keep a verdict from going wrong in
// silence: how far a verdict by rank may reach into a category, how vetoes
// count against the bottom places, and when a share of invalid ballots is
// reported.
func (v *validator) safeguards(r *Rules) {
	v.share("bottom.max_share", r.Bottom.MaxShare)
	if !r.Bottom.Vetoes.Valid() {
		enum(v, "bottom.vetoes", vetoModes, r.Bottom.Vetoes)
	}
	v.share("validity.max_invalid_share", r.Validity.MaxInvalidShare)
}
