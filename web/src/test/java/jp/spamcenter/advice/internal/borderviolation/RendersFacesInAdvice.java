package jp.spamcenter.advice.internal.borderviolation;

import jakarta.faces.context.FacesContext;

/** DELIBERATELY BAD, test sources only: a module other than web using Faces. */
public class RendersFacesInAdvice {

    public boolean isPostback() {
        return FacesContext.getCurrentInstance().isPostback();
    }
}
